package nl.contractledger.domain.contract;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record ContractTerminatedEvent(ContractId contractId, LocalDate effectiveOn, String reason) implements ContractEvent {
}
