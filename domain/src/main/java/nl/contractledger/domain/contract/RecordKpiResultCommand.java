package nl.contractledger.domain.contract;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

public record RecordKpiResultCommand(@TargetAggregateIdentifier ContractId contractId, String kpiId, String period,
                                     BigDecimal value) {
}
