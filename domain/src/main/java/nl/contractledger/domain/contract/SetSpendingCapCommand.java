package nl.contractledger.domain.contract;

import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.shared.Amount;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SetSpendingCapCommand(@TargetAggregateIdentifier ContractId contractId, ProviderId providerId,
                                    int year, Amount amount) {
}
