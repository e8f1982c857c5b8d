package nl.contractledger.domain.tender;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

public record CorrectAwardDecisionCommand(@TargetAggregateIdentifier TenderId tenderId, LocalDate decidedOn, List<Winner> winners, String motivation) {
}
