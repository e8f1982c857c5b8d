package nl.contractledger.domain.tender;

import nl.contractledger.domain.shared.DocumentRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record ApproveTenderDocumentsCommand(@TargetAggregateIdentifier TenderId tenderId, LocalDate approvedOn, String decisionRef, DocumentRef document) {
}
