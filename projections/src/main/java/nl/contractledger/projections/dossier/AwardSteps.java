package nl.contractledger.projections.dossier;

import nl.contractledger.domain.tender.*;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The business date and the one-line account of each tender event, in plain English, providers and segments by
 * name: the steps of an award dossier and the entries of a segment's tender timeline.
 */
public final class AwardSteps {

    private AwardSteps() {
    }

    public static DossierSteps.Line describe(TenderEvent event, StepNames names) {
        if (event instanceof TenderPlannedEvent e) {
            PlannedMilestones p = e.plannedMilestones();
            return new DossierSteps.Line(e.plannedOn(), "Tender \"" + e.title() + "\" planned"
                    + (p.award() == null ? "" : ", award planned on " + p.award()) + planningWarning(e));
        } else if (event instanceof MarketConsultationStartedEvent e) {
            return new DossierSteps.Line(e.startedOn(), "Market consultation started");
        } else if (event instanceof TenderDocumentsApprovedEvent e) {
            return new DossierSteps.Line(e.approvedOn(), "Tender documents approved (" + e.decisionRef() + ")");
        } else if (event instanceof TenderPublishedEvent e) {
            return new DossierSteps.Line(e.publishedOn(), "Tender published; bids until " + e.submissionDeadline());
        } else if (event instanceof ClarificationIssuedEvent e) {
            return new DossierSteps.Line(e.issuedOn(), "Clarification issued: " + e.document().title());
        } else if (event instanceof BidRegisteredEvent e) {
            return new DossierSteps.Line(e.submittedOn(), "Bid " + e.bidId() + " from " + names.of(e.providerId()));
        } else if (event instanceof SubmissionsClosedEvent e) {
            return new DossierSteps.Line(e.closedOn(), "Submissions closed");
        } else if (event instanceof AwardDecidedEvent e) {
            return new DossierSteps.Line(e.decidedOn(), "Award decided to " + winners(e.winners(), names)
                    + "; standstill until " + e.standstillEndsOn());
        } else if (event instanceof AwardDecisionCorrectedEvent e) {
            return new DossierSteps.Line(e.decidedOn(), "Award decision corrected: " + winners(e.winners(), names)
                    + "; new standstill until " + e.standstillEndsOn());
        } else if (event instanceof SummaryProceedingsRegisteredEvent e) {
            return new DossierSteps.Line(e.filedOn(), "Summary proceedings by " + names.of(e.providerId()) + " at "
                    + e.court() + (e.late() ? " (filed after the standstill; not blocking)" : " (blocking the award)"));
        } else if (event instanceof CourtRulingRecordedEvent e) {
            return new DossierSteps.Line(e.ruledOn(), "Court ruling in " + e.proceedingsId() + ": " + e.outcome());
        } else if (event instanceof TenderAwardedEvent e) {
            return new DossierSteps.Line(e.awardedOn(), "Tender awarded to " + winners(e.winners(), names));
        }
        TenderCancelledEvent e = (TenderCancelledEvent) event;
        return new DossierSteps.Line(e.cancelledOn(), "Tender cancelled: " + e.reason());
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

    private static String winners(List<Winner> winners, StepNames names) {
        return winners.stream().map(winner -> names.of(winner.providerId()) + " for " + names.segment(winner.segmentId()))
                .collect(Collectors.joining(", "));
    }
}
