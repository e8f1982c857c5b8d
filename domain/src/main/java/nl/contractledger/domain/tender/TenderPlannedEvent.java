package nl.contractledger.domain.tender;

import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.domain.shared.Amount;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** The plan (decided on {@code plannedOn}; null in events recorded before that date was kept), with the standstill of the region's policy and, when the plan has an award decision and a contract start, the date contracts must be ready by and the day the planned standstill would end. */
@Revision("1")
public record TenderPlannedEvent(TenderId tenderId, RegionId regionId, List<SegmentId> segmentIds, String title, Amount estimatedValue, PlannedMilestones plannedMilestones, int standstillDays, LocalDate contractsReadyBy, LocalDate plannedStandstillEndsOn, LocalDate plannedOn) implements TenderEvent {
}
