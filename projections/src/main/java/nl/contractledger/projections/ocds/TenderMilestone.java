package nl.contractledger.projections.ocds;

import nl.contractledger.domain.tender.PlannedMilestones;
import nl.contractledger.domain.tender.TenderPlannedEvent;
import tools.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.BiFunction;

/** The milestones of a tender, planned at planning and met as the tender goes. */
enum TenderMilestone {
    CONSULTATION("consultation", "Market consultation", "preProcurement", (plan, event) -> plan.consultation()),
    DOCUMENTS_DECISION("documentsDecision", "Decision on the tender documents", "approval",
            (plan, event) -> plan.documentsDecision()),
    PUBLICATION("publication", "Publication of the tender", "engagement", (plan, event) -> plan.publication()),
    SUBMISSION_DEADLINE("submissionDeadline", "Deadline for bids", "engagement",
            (plan, event) -> plan.submissionDeadline()),
    AWARD_DECISION("awardDecision", "Award decision sent", "assessment", (plan, event) -> plan.awardDecision()),
    STANDSTILL("standstill", "End of the standstill period", "approval",
            (plan, event) -> event.plannedStandstillEndsOn()),
    CONTRACTS_READY("contractsReadyBy", "Contracts final", "approval", (plan, event) -> event.contractsReadyBy()),
    AWARD("award", "Final award", "approval", (plan, event) -> plan.award()),
    CONTRACT_START("contractStart", "Start of the contracts", "delivery", (plan, event) -> plan.contractStart());

    private final String id;
    private final String title;
    private final String type;
    private final BiFunction<PlannedMilestones, TenderPlannedEvent, LocalDate> planned;

    TenderMilestone(String id, String title, String type,
                    BiFunction<PlannedMilestones, TenderPlannedEvent, LocalDate> planned) {
        this.id = id;
        this.title = title;
        this.type = type;
        this.planned = planned;
    }

    static TenderMilestone byId(String id) {
        return Arrays.stream(values()).filter(milestone -> milestone.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no tender milestone " + id));
    }

    LocalDate plannedIn(PlannedMilestones plan, TenderPlannedEvent event) {
        return planned.apply(plan, event);
    }

    ObjectNode planned(LocalDate due) {
        return Json.milestone(id, title, type, due, null);
    }

    ObjectNode met(LocalDate on) {
        return Json.milestone(id, title, type, null, on);
    }
}
