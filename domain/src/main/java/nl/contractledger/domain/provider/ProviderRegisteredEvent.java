package nl.contractledger.domain.provider;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ProviderRegisteredEvent(ProviderId providerId, String name, KvkNumber kvkNumber, SizeClass sizeClass) {
}
