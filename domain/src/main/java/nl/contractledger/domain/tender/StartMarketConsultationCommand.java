package nl.contractledger.domain.tender;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record StartMarketConsultationCommand(@TargetAggregateIdentifier TenderId tenderId, LocalDate startedOn) {
}
