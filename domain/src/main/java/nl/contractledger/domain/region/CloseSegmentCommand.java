package nl.contractledger.domain.region;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Closes a segment that holds no products any more, merging it into another open segment of the region. */
public record CloseSegmentCommand(@TargetAggregateIdentifier RegionId regionId, SegmentId segmentId,
                                  SegmentId mergeIntoSegmentId, LocalDate effectiveOn, String decisionRef) {
}
