package nl.contractledger.domain.region;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

@Revision("1")
public record SegmentObjectivesRevisedEvent(RegionId regionId, SegmentId segmentId, List<String> objectives,
                                            LocalDate decidedOn, String decisionRef) implements RegionEvent {
}
