package nl.contractledger.domain.tender;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record CancelTenderCommand(@TargetAggregateIdentifier TenderId tenderId, LocalDate cancelledOn, String reason, String decisionRef) {
}
