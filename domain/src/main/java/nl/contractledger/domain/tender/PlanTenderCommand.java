package nl.contractledger.domain.tender;

import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.domain.shared.Amount;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

public record PlanTenderCommand(@TargetAggregateIdentifier TenderId tenderId, RegionId regionId, List<SegmentId> segmentIds, String title, Amount estimatedValue, PlannedMilestones plannedMilestones, LocalDate plannedOn) {
}
