package nl.contractledger.domain.region;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record ChooseFundingFormCommand(@TargetAggregateIdentifier RegionId regionId, SegmentId segmentId,
                                       FundingForm fundingForm, LocalDate decidedOn, String decisionRef) {
}
