package nl.contractledger.domain.revision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record OpenAdmissionCommand(@TargetAggregateIdentifier RevisionId revisionId, LocalDate openedOn,
                                   LocalDate closesOn) {
}
