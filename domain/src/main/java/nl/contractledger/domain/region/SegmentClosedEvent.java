package nl.contractledger.domain.region;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record SegmentClosedEvent(RegionId regionId, SegmentId segmentId, SegmentId mergeIntoSegmentId,
                                 LocalDate effectiveOn, String decisionRef) implements RegionEvent {
}
