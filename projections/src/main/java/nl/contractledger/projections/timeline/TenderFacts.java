package nl.contractledger.projections.timeline;

import nl.contractledger.domain.tender.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The timeline facts of tender events. */
final class TenderFacts {

    /** The plan's date by which contracts must be ready, so the award final: the timeline's ready-by deadline. */
    static final String CONTRACTS_READY_BY = "contractsReadyBy";

    private TenderFacts() {
    }

    static TimelineFact of(TenderEvent event, SummaryNames names) {
        String id = event.tenderId().value();
        if (event instanceof TenderPlannedEvent e) {
            PlannedMilestones p = e.plannedMilestones();
            Map<String, LocalDate> plan = new HashMap<>();
            put(plan, "consultation", p.consultation());
            put(plan, "documentsDecision", p.documentsDecision());
            put(plan, "publication", p.publication());
            put(plan, "submissionDeadline", p.submissionDeadline());
            put(plan, "awardDecision", p.awardDecision());
            put(plan, "award", p.award());
            put(plan, "contractStart", p.contractStart());
            put(plan, CONTRACTS_READY_BY, e.contractsReadyBy());
            return fact(id, e.segmentIds().stream().map(Object::toString).toList(), e.plannedOn(),
                    "Tender \"" + e.title() + "\" planned" + (p.award() == null ? "" : ", award planned on " + p.award())
                            + planningWarning(e), null, plan);
        }
        if (event instanceof MarketConsultationStartedEvent e) {
            return fact(id, null, e.startedOn(), "Market consultation started", "consultation", Map.of());
        }
        if (event instanceof TenderDocumentsApprovedEvent e) {
            return fact(id, null, e.approvedOn(), "Tender documents approved (" + e.decisionRef() + ")",
                    "documentsDecision", Map.of());
        }
        if (event instanceof TenderPublishedEvent e) {
            return fact(id, null, e.publishedOn(), "Tender published; bids until " + e.submissionDeadline(),
                    "publication", Map.of());
        }
        if (event instanceof ClarificationIssuedEvent e) {
            return fact(id, null, e.issuedOn(), "Clarification issued: " + e.document().title(), null, Map.of());
        }
        if (event instanceof BidRegisteredEvent e) {
            return fact(id, null, e.submittedOn(), "Bid " + e.bidId() + " from " + names.of(e.providerId()), null, Map.of());
        }
        if (event instanceof SubmissionsClosedEvent e) {
            return fact(id, null, e.closedOn(), "Submissions closed", "submissionDeadline", Map.of());
        }
        if (event instanceof AwardDecidedEvent e) {
            return fact(id, null, e.decidedOn(), "Award decided to " + winners(e.winners(), names) + "; standstill until "
                    + e.standstillEndsOn(), "awardDecision", Map.of());
        }
        if (event instanceof AwardDecisionCorrectedEvent e) {
            return fact(id, null, e.decidedOn(), "Award decision corrected: " + winners(e.winners(), names)
                    + "; new standstill until " + e.standstillEndsOn(), null, Map.of());
        }
        if (event instanceof SummaryProceedingsRegisteredEvent e) {
            return fact(id, null, e.filedOn(), "Summary proceedings by " + names.of(e.providerId()) + " at " + e.court()
                    + (e.late() ? " (filed after the standstill; not blocking)" : " (blocking the award)"), null, Map.of());
        }
        if (event instanceof CourtRulingRecordedEvent e) {
            return fact(id, null, e.ruledOn(), "Court ruling in " + e.proceedingsId() + ": " + e.outcome(), null, Map.of());
        }
        if (event instanceof TenderAwardedEvent e) {
            return fact(id, null, e.awardedOn(), "Tender awarded to " + winners(e.winners(), names), "award", Map.of());
        }
        TenderCancelledEvent e = (TenderCancelledEvent) event;
        return fact(id, null, e.cancelledOn(), "Tender cancelled: " + e.reason(), null, Map.of());
    }

    private static TimelineFact fact(String id, List<String> segments, LocalDate date, String summary, String milestone,
                                     Map<String, LocalDate> plan) {
        return new TimelineFact(TimelineFact.TENDER, id, segments, date, summary, milestone, plan);
    }

    /** What the plan leaves too little time for: the standstill after the planned award decision ends too late. */
    private static String planningWarning(TenderPlannedEvent e) {
        if (e.plannedStandstillEndsOn() == null || e.contractsReadyBy() == null
                || e.plannedStandstillEndsOn().isBefore(e.contractsReadyBy())) {
            return "";
        }
        return "; warning: the standstill after the planned award decision ends on " + e.plannedStandstillEndsOn()
                + ", so the award cannot be final by " + e.contractsReadyBy() + ", when contracts must be ready";
    }

    private static String winners(List<Winner> winners, SummaryNames names) {
        return winners.stream().map(winner -> names.of(winner.providerId()) + " for " + names.segment(winner.segmentId()))
                .collect(Collectors.joining(", "));
    }

    private static void put(Map<String, LocalDate> plan, String milestone, LocalDate date) {
        if (date != null) {
            plan.put(milestone, date);
        }
    }
}
