package nl.contractledger.domain.contract;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record KpiAgreedEvent(ContractId contractId, Kpi kpi, LocalDate agreedOn) implements ContractEvent {
}
