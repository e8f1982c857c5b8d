package nl.contractledger.domain.tender;

import nl.contractledger.domain.region.ProcurementForm;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.region.RegionLookup;
import nl.contractledger.domain.region.RegionPolicy;
import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.domain.shared.ErrorCode;
import nl.contractledger.domain.shared.Require;
import nl.contractledger.domain.shared.RuleViolation;
import nl.contractledger.domain.shared.TermCalendar;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Planning a tender: only open segments of the region whose procurement form is a new tender may be
 * its lots. The plan records the region's standstill and, when it has an award decision and a contract
 * start, when contracts must be ready (start minus the revision lead time: 1 July for 1 January) and
 * when the planned standstill would end, so that a plan that leaves too little time shows.
 */
final class TenderPlanning {

    private TenderPlanning() {
    }

    static TenderPlannedEvent plan(PlanTenderCommand command, RegionLookup regions, TermCalendar calendar) {
        RegionId regionId = Require.present(command.regionId(), "regionId");
        RegionPolicy policy = regions.policy(regionId).orElseThrow(() -> new RuleViolation(ErrorCode.NOT_FOUND,
                "regionId", "no region " + regionId.value() + " exists", Map.of("regionId", regionId.value())));
        List<SegmentId> lots = lots(command.segmentIds(), regionId, regions);
        PlannedMilestones planned = command.plannedMilestones() == null ? PlannedMilestones.none()
                : command.plannedMilestones();
        LocalDate readyBy = planned.contractStart() == null ? null
                : planned.contractStart().minusMonths(policy.revisionLeadTimeMonths());
        LocalDate standstillEnds = planned.awardDecision() == null ? null
                : StandstillPeriod.after(planned.awardDecision(), policy.standstillDays(), calendar).endsOn();
        return new TenderPlannedEvent(command.tenderId(), regionId, lots, Require.text(command.title(), "title", 500),
                command.estimatedValue(), planned, policy.standstillDays(), readyBy, standstillEnds, command.plannedOn());
    }

    private static List<SegmentId> lots(List<SegmentId> segmentIds, RegionId regionId, RegionLookup regions) {
        if (segmentIds == null || segmentIds.isEmpty()) {
            throw Require.invalid("segmentIds", "a tender has at least one segment as a lot");
        }
        Set<SegmentId> distinct = new LinkedHashSet<>(segmentIds);
        for (SegmentId segment : distinct) {
            ProcurementForm form = regions.procurementFormOfOpenSegment(regionId, segment, "segmentIds");
            if (form != ProcurementForm.NEW_TENDER) {
                throw new RuleViolation(ErrorCode.WRONG_PROCUREMENT_FORM, "segmentIds", "segment " + segment
                        + " is purchased by " + form + ", not by a new tender",
                        Map.of("segmentId", segment.value(), "procurementForm", form.name()));
            }
        }
        return List.copyOf(distinct);
    }
}
