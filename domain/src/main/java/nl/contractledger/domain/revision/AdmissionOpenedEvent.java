package nl.contractledger.domain.revision;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record AdmissionOpenedEvent(RevisionId revisionId, LocalDate openedOn, LocalDate closesOn) implements RevisionEvent {
}
