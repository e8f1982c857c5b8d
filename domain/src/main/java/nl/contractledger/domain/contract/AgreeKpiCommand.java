package nl.contractledger.domain.contract;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record AgreeKpiCommand(@TargetAggregateIdentifier ContractId contractId, Kpi kpi, LocalDate agreedOn) {
}
