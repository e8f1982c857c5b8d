package nl.contractledger.domain.revision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record CloseResponsesCommand(@TargetAggregateIdentifier RevisionId revisionId, LocalDate closedOn) {
}
