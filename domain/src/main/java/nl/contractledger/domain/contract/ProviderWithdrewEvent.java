package nl.contractledger.domain.contract;

import nl.contractledger.domain.provider.ProviderId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record ProviderWithdrewEvent(ContractId contractId, ProviderId providerId, LocalDate effectiveOn, String reason) implements ContractEvent {
}
