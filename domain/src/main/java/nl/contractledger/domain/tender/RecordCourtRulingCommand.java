package nl.contractledger.domain.tender;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RecordCourtRulingCommand(@TargetAggregateIdentifier TenderId tenderId, String proceedingsId, LocalDate ruledOn, CourtRulingOutcome outcome) {
}
