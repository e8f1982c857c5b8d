package nl.contractledger.domain.tender;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record CloseSubmissionsCommand(@TargetAggregateIdentifier TenderId tenderId, LocalDate closedOn) {
}
