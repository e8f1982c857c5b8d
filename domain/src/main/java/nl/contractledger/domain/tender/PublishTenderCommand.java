package nl.contractledger.domain.tender;

import nl.contractledger.domain.shared.DocumentRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record PublishTenderCommand(@TargetAggregateIdentifier TenderId tenderId, LocalDate publishedOn, LocalDate submissionDeadline, DocumentRef document) {
}
