package nl.contractledger.domain.revision;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record RevisionWithdrawnEvent(RevisionId revisionId, LocalDate withdrawnOn, String reason) implements RevisionEvent {
}
