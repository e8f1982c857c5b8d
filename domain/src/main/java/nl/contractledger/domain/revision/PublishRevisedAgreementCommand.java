package nl.contractledger.domain.revision;

import nl.contractledger.domain.shared.DocumentRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record PublishRevisedAgreementCommand(@TargetAggregateIdentifier RevisionId revisionId, LocalDate publishedOn,
                                             DocumentRef document, String legalBasis, RevisedTerms changes) {
}
