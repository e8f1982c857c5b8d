package nl.contractledger.domain.contract;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record TerminateContractCommand(@TargetAggregateIdentifier ContractId contractId, LocalDate effectiveOn,
                                       String reason) {
}
