package nl.contractledger.projections.timeline;

import nl.contractledger.domain.tender.*;
import nl.contractledger.projections.dossier.AwardSteps;
import nl.contractledger.projections.dossier.DossierSteps;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The timeline facts of tender events. */
final class TenderFacts {

    /** The plan's date by which contracts must be ready, so the award final: the timeline's ready-by deadline. */
    static final String CONTRACTS_READY_BY = "contractsReadyBy";
    /** The plan's day the contracts start: set against the start of each contract the tender awarded. */
    static final String CONTRACT_START = "contractStart";

    private TenderFacts() {
    }

    static TimelineFact of(TenderEvent event, SummaryNames names) {
        String id = event.tenderId().value();
        DossierSteps.Line line = AwardSteps.describe(event, names);
        if (event instanceof TenderPlannedEvent e) {
            PlannedMilestones p = e.plannedMilestones();
            Map<String, LocalDate> plan = new HashMap<>();
            put(plan, "consultation", p.consultation());
            put(plan, "documentsDecision", p.documentsDecision());
            put(plan, "publication", p.publication());
            put(plan, "submissionDeadline", p.submissionDeadline());
            put(plan, "awardDecision", p.awardDecision());
            put(plan, "award", p.award());
            put(plan, CONTRACT_START, p.contractStart());
            put(plan, CONTRACTS_READY_BY, e.contractsReadyBy());
            return new TimelineFact(TimelineFact.TENDER, id, e.segmentIds().stream().map(Object::toString).toList(),
                    line.date(), line.summary(), null, plan);
        }
        return new TimelineFact(TimelineFact.TENDER, id, null, line.date(), line.summary(), milestone(event), Map.of());
    }

    /** The planned milestone an event is the actual date of, if any. */
    private static String milestone(TenderEvent event) {
        return event instanceof MarketConsultationStartedEvent ? "consultation"
                : event instanceof TenderDocumentsApprovedEvent ? "documentsDecision"
                : event instanceof TenderPublishedEvent ? "publication"
                : event instanceof SubmissionsClosedEvent ? "submissionDeadline"
                : event instanceof AwardDecidedEvent ? "awardDecision"
                : event instanceof TenderAwardedEvent ? "award" : null;
    }

    private static void put(Map<String, LocalDate> plan, String milestone, LocalDate date) {
        if (date != null) {
            plan.put(milestone, date);
        }
    }
}
