package nl.contractledger.projections.timeline;

import nl.contractledger.domain.tender.*;
import nl.contractledger.projections.provider.ProviderNames;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The timeline facts of tender events. */
final class TenderFacts {

    private TenderFacts() {
    }

    static TimelineFact of(TenderEvent event, ProviderNames providers) {
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
            return fact(id, e.segmentIds().stream().map(Object::toString).toList(), e.plannedOn(),
                    "Tender \"" + e.title() + "\" planned" + (p.award() == null ? "" : ", award planned on " + p.award()),
                    null, plan);
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
            return fact(id, null, e.submittedOn(), "Bid " + e.bidId() + " from " + providers.of(e.providerId()), null, Map.of());
        }
        if (event instanceof SubmissionsClosedEvent e) {
            return fact(id, null, e.closedOn(), "Submissions closed", "submissionDeadline", Map.of());
        }
        if (event instanceof AwardDecidedEvent e) {
            return fact(id, null, e.decidedOn(), "Award decided to " + winners(e.winners(), providers) + "; standstill until "
                    + e.standstillEndsOn(), "awardDecision", Map.of());
        }
        if (event instanceof AwardDecisionCorrectedEvent e) {
            return fact(id, null, e.decidedOn(), "Award decision corrected: " + winners(e.winners(), providers)
                    + "; new standstill until " + e.standstillEndsOn(), null, Map.of());
        }
        if (event instanceof SummaryProceedingsRegisteredEvent e) {
            return fact(id, null, e.filedOn(), "Summary proceedings by " + providers.of(e.providerId()) + " at " + e.court()
                    + (e.late() ? " (filed after the standstill; not blocking)" : " (blocking the award)"), null, Map.of());
        }
        if (event instanceof CourtRulingRecordedEvent e) {
            return fact(id, null, e.ruledOn(), "Court ruling in " + e.proceedingsId() + ": " + e.outcome(), null, Map.of());
        }
        if (event instanceof TenderAwardedEvent e) {
            return fact(id, null, e.awardedOn(), "Tender awarded to " + winners(e.winners(), providers), "award", Map.of());
        }
        TenderCancelledEvent e = (TenderCancelledEvent) event;
        return fact(id, null, e.cancelledOn(), "Tender cancelled: " + e.reason(), null, Map.of());
    }

    private static TimelineFact fact(String id, List<String> segments, LocalDate date, String summary, String milestone,
                                     Map<String, LocalDate> plan) {
        return new TimelineFact(TimelineFact.TENDER, id, segments, date, summary, milestone, plan);
    }

    private static String winners(List<Winner> winners, ProviderNames providers) {
        return winners.stream().map(winner -> providers.of(winner.providerId()) + " for " + winner.segmentId())
                .collect(Collectors.joining(", "));
    }

    private static void put(Map<String, LocalDate> plan, String milestone, LocalDate date) {
        if (date != null) {
            plan.put(milestone, date);
        }
    }
}
