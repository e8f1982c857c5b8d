package nl.contractledger.domain.provider;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterProviderCommand(@TargetAggregateIdentifier ProviderId providerId, String name,
                                      KvkNumber kvkNumber, SizeClass sizeClass) {
}
