package nl.contractledger.domain.contract;

import nl.contractledger.domain.provider.ProviderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record WithdrawProviderCommand(@TargetAggregateIdentifier ContractId contractId, ProviderId providerId,
                                      LocalDate effectiveOn, String reason) {
}
