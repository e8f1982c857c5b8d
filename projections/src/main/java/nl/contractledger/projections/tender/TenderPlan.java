package nl.contractledger.projections.tender;

import nl.contractledger.domain.tender.PlannedMilestones;
import nl.contractledger.domain.tender.TenderPlannedEvent;

/** The view of a tender as planned: lots, planned milestones and the planning warning, if any. */
final class TenderPlan {

    private TenderPlan() {
    }

    static TenderView from(TenderPlannedEvent event) {
        TenderView tender = new TenderView();
        tender.id = event.tenderId().value();
        tender.regionId = event.regionId().value();
        tender.segmentIds = event.segmentIds().stream().map(Object::toString).toList();
        tender.plannedOn = event.plannedOn();
        tender.title = event.title();
        tender.estimatedValue = event.estimatedValue() == null ? null : event.estimatedValue().toString();
        tender.state = "PLANNED";
        tender.standstillDays = event.standstillDays();
        PlannedMilestones planned = event.plannedMilestones();
        Milestones.plan(tender, "consultation", planned.consultation());
        Milestones.plan(tender, "documentsDecision", planned.documentsDecision());
        Milestones.plan(tender, "publication", planned.publication());
        Milestones.plan(tender, "submissionDeadline", planned.submissionDeadline());
        Milestones.plan(tender, "submissionsClosed", null);
        Milestones.plan(tender, "awardDecision", planned.awardDecision());
        Milestones.plan(tender, "award", planned.award());
        Milestones.plan(tender, "contractStart", planned.contractStart());
        if (event.plannedStandstillEndsOn() != null && event.contractsReadyBy() != null
                && !event.plannedStandstillEndsOn().isBefore(event.contractsReadyBy())) {
            tender.planningWarning = new TenderView.PlanningWarning("the standstill after the planned award decision "
                    + "ends on " + event.plannedStandstillEndsOn() + ", so the award cannot be final before "
                    + event.contractsReadyBy() + ", the date contracts must be ready", planned.awardDecision(),
                    event.plannedStandstillEndsOn(), event.contractsReadyBy());
        }
        return tender;
    }
}
