package nl.contractledger.domain.contract;

import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.shared.Amount;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SpendingCapSetEvent(ContractId contractId, ProviderId providerId, int year, Amount amount) implements ContractEvent {
}
