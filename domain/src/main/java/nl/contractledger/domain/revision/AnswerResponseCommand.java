package nl.contractledger.domain.revision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record AnswerResponseCommand(@TargetAggregateIdentifier RevisionId revisionId, String responseId,
                                    ResponseDecision decision, String motivation, LocalDate answeredOn) {
}
