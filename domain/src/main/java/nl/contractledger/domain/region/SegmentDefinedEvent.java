package nl.contractledger.domain.region;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

@Revision("1")
public record SegmentDefinedEvent(RegionId regionId, SegmentId segmentId, int number, String name, String description,
                                 List<String> objectives, ProcurementForm procurementForm, FundingForm fundingForm,
                                 List<Product> products, LocalDate effectiveOn) implements RegionEvent {
}
