package nl.contractledger.domain.revision;

import nl.contractledger.domain.shared.DocumentRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record PresentRevisionTextCommand(@TargetAggregateIdentifier RevisionId revisionId, int version,
                                         DocumentRef document, LocalDate presentedOn, LocalDate responseDeadline) {
}
