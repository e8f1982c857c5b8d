package nl.contractledger.domain.revision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record FinaliseRevisionCommand(@TargetAggregateIdentifier RevisionId revisionId, LocalDate finalisedOn,
                                      String overrideReason) {
}
