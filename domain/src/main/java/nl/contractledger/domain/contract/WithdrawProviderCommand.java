package nl.contractledger.domain.contract;

import nl.contractledger.domain.provider.ProviderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Withdraws a provider from the contract; {@code revisionId} when a revision procedure's notice causes it, else null. */
public record WithdrawProviderCommand(@TargetAggregateIdentifier ContractId contractId, ProviderId providerId,
                                      LocalDate effectiveOn, String reason, String revisionId) {
}
