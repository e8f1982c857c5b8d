package nl.contractledger.domain.tender;

import nl.contractledger.domain.shared.DocumentRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record IssueClarificationCommand(@TargetAggregateIdentifier TenderId tenderId, LocalDate issuedOn, DocumentRef document) {
}
