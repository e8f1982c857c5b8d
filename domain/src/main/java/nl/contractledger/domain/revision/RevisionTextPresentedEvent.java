package nl.contractledger.domain.revision;

import nl.contractledger.domain.shared.DocumentRef;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record RevisionTextPresentedEvent(RevisionId revisionId, int version, DocumentRef document,
                                         LocalDate presentedOn, LocalDate responseDeadline) implements RevisionEvent {
}
