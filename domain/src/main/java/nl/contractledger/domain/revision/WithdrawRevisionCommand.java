package nl.contractledger.domain.revision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record WithdrawRevisionCommand(@TargetAggregateIdentifier RevisionId revisionId, LocalDate withdrawnOn,
                                      String reason) {
}
