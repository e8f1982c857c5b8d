package nl.contractledger.domain.region;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record ProcurementFormChosenEvent(RegionId regionId, SegmentId segmentId, ProcurementForm procurementForm,
                                         LocalDate decidedOn, String decisionRef) implements RegionEvent {
}
