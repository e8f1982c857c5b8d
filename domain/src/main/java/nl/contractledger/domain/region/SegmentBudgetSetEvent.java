package nl.contractledger.domain.region;

import nl.contractledger.domain.shared.Amount;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SegmentBudgetSetEvent(RegionId regionId, SegmentId segmentId, int year, Amount amount, Integer youthCount) implements RegionEvent {
}
