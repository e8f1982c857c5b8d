package nl.contractledger.domain.region;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

@Revision("1")
public record ProductsMovedEvent(RegionId regionId, List<String> productCodes, SegmentId fromSegmentId,
                                 SegmentId toSegmentId, LocalDate effectiveOn, String reason) implements RegionEvent {
}
