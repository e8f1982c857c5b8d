package nl.contractledger.domain.revision;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record ResponsesClosedEvent(RevisionId revisionId, LocalDate closedOn) implements RevisionEvent {
}
