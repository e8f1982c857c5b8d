package nl.contractledger.domain.tender;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record AwardTenderCommand(@TargetAggregateIdentifier TenderId tenderId, LocalDate awardedOn) {
}
