package nl.contractledger.domain.revision;

import nl.contractledger.domain.shared.DocumentRef;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record RevisedAgreementPublishedEvent(RevisionId revisionId, LocalDate publishedOn, DocumentRef document,
                                             String legalBasis, RevisedTerms changes) implements RevisionEvent {
}
