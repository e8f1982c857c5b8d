package nl.contractledger.domain.region;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record FundingFormChosenEvent(RegionId regionId, SegmentId segmentId, FundingForm fundingForm, LocalDate decidedOn,
                                     String decisionRef) implements RegionEvent {
}
