package nl.contractledger.projections.tender;

import nl.contractledger.domain.tender.AwardDecidedEvent;
import nl.contractledger.domain.tender.AwardDecisionCorrectedEvent;
import nl.contractledger.domain.tender.CourtRulingOutcome;
import nl.contractledger.domain.tender.CourtRulingRecordedEvent;
import nl.contractledger.domain.tender.SummaryProceedingsRegisteredEvent;
import nl.contractledger.domain.tender.TenderAwardedEvent;
import nl.contractledger.domain.tender.Winner;

import java.time.LocalDate;
import java.util.List;

/** The award part of {@link TenderEvolver}: decisions, standstill, proceedings, rulings and the award. */
final class AwardEvolution {

    private AwardEvolution() {
    }

    static void apply(TenderView tender, Object event) {
        if (event instanceof AwardDecidedEvent decided) {
            decided(tender, decided.decidedOn(), decided.winners(), decided.motivation(), decided.standstillDays(),
                    decided.standstillEndsOn(), false);
        } else if (event instanceof AwardDecisionCorrectedEvent corrected) {
            decided(tender, corrected.decidedOn(), corrected.winners(), corrected.motivation(),
                    corrected.standstillDays(), corrected.standstillEndsOn(), true);
        } else if (event instanceof SummaryProceedingsRegisteredEvent filed) {
            TenderView.ProceedingsView proceedings = new TenderView.ProceedingsView();
            proceedings.id = filed.proceedingsId();
            proceedings.providerId = filed.providerId().value();
            proceedings.filedOn = filed.filedOn();
            proceedings.court = filed.court();
            proceedings.late = filed.late();
            proceedings.blocking = !filed.late();
            tender.proceedings.add(proceedings);
            if (proceedings.blocking && "STANDSTILL".equals(tender.state)) {
                tender.state = "CONTESTED";
            }
        } else if (event instanceof CourtRulingRecordedEvent ruling) {
            ruled(tender, ruling);
        } else if (event instanceof TenderAwardedEvent awarded) {
            Milestones.reached(tender, "award", awarded.awardedOn());
            tender.state = "AWARDED";
        }
    }

    private static void decided(TenderView tender, LocalDate decidedOn, List<Winner> winners, String motivation,
                                int days, LocalDate endsOn, boolean correction) {
        List<TenderView.WinnerView> chosen = winners.stream()
                .map(winner -> new TenderView.WinnerView(winner.segmentId().value(), winner.providerId().value()))
                .toList();
        tender.winners = chosen;
        tender.awardDecisions.add(new TenderView.AwardDecisionView(decidedOn, chosen, motivation, endsOn, correction));
        tender.standstill = new TenderView.StandstillView(decidedOn, days, endsOn, endsOn.plusDays(1));
        Milestones.reached(tender, "awardDecision", decidedOn);
        boolean blocked = tender.proceedings.stream().anyMatch(proceedings -> proceedings.blocking);
        tender.state = blocked ? "CONTESTED" : "STANDSTILL";
    }

    private static void ruled(TenderView tender, CourtRulingRecordedEvent ruling) {
        tender.proceedings.stream().filter(proceedings -> proceedings.id.equals(ruling.proceedingsId())).findFirst()
                .ifPresent(proceedings -> {
                    boolean wasBlocking = proceedings.blocking;
                    proceedings.ruledOn = ruling.ruledOn();
                    proceedings.outcome = ruling.outcome().name();
                    proceedings.blocking = false;
                    if (wasBlocking && ruling.outcome() == CourtRulingOutcome.REEVALUATE) {
                        tender.state = "EVALUATING";
                    } else if (wasBlocking && "CONTESTED".equals(tender.state)
                            && tender.proceedings.stream().noneMatch(other -> other.blocking)) {
                        tender.state = "STANDSTILL";
                    }
                });
    }
}
