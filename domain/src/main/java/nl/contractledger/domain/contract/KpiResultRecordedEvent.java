package nl.contractledger.domain.contract;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

@Revision("1")
public record KpiResultRecordedEvent(ContractId contractId, String kpiId, String period, BigDecimal value,
                                     boolean targetMet) implements ContractEvent {
}
