package nl.contractledger.domain.tender;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record SubmissionsClosedEvent(TenderId tenderId, LocalDate closedOn) implements TenderEvent {
}
