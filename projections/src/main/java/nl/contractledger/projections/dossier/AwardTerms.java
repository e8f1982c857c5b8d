package nl.contractledger.projections.dossier;

import nl.contractledger.projections.provider.ProviderNames;
import nl.contractledger.projections.tender.TenderView;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every legal term of a tender's award, checked: the award not before the standstill after the standing
 * award decision has ended, summary proceedings filed within that standstill, and the award final by the
 * date contracts must be ready. Days are those to spare (negative: too late or too early).
 */
final class AwardTerms {

    private AwardTerms() {
    }

    /** The terms, each summary proceedings' naming its provider ({@code names}). */
    static List<Dossier.TermCheck> of(TenderView tender, LocalDate contractsReadyBy, ProviderNames names) {
        List<Dossier.TermCheck> terms = new ArrayList<>();
        LocalDate awardedOn = awardedOn(tender);
        TenderView.StandstillView standstill = tender.standstill;
        if (standstill != null) {
            terms.add(new Dossier.TermCheck("award not before the standstill of " + standstill.days()
                    + " days after the award decision of " + standstill.decidedOn() + " has ended",
                    standstill.earliestAwardOn(), awardedOn,
                    awardedOn == null ? null : !awardedOn.isBefore(standstill.earliestAwardOn()),
                    awardedOn == null ? null : ChronoUnit.DAYS.between(standstill.earliestAwardOn(), awardedOn),
                    "the standstill ends on " + standstill.endsOn() + (awardedOn != null ? ""
                            : tender.cancellation != null ? "; no award: " + cancelled(tender) : "; not awarded yet")));
        }
        for (TenderView.ProceedingsView proceedings : tender.proceedings) {
            terms.add(new Dossier.TermCheck("summary proceedings " + proceedings.id + " of "
                    + names.withId(proceedings.providerId) + " filed within the standstill", null, proceedings.filedOn, !proceedings.late, null,
                    proceedings.late ? "filed after the standstill; the award was not blocked"
                            : proceedings.ruledOn == null ? "blocks the award until the court rules"
                            : "blocked the award until the ruling of " + proceedings.ruledOn + ": " + proceedings.outcome));
        }
        if (contractsReadyBy != null) {
            terms.add(tender.cancellation != null && awardedOn == null
                    ? new Dossier.TermCheck(readyByTerm(contractsReadyBy), contractsReadyBy, null, false, null,
                    "no award: " + cancelled(tender))
                    : readyBy(contractsReadyBy, awardedOn, standstill));
        }
        return terms;
    }

    /** The award final by the day contracts must be ready; before the award, whether it still can be. */
    private static Dossier.TermCheck readyBy(LocalDate contractsReadyBy, LocalDate awardedOn,
                                             TenderView.StandstillView standstill) {
        String term = readyByTerm(contractsReadyBy);
        if (awardedOn != null) {
            return new Dossier.TermCheck(term, contractsReadyBy, awardedOn, !awardedOn.isAfter(contractsReadyBy),
                    ChronoUnit.DAYS.between(awardedOn, contractsReadyBy), null);
        }
        if (standstill != null && standstill.earliestAwardOn().isAfter(contractsReadyBy)) {
            return new Dossier.TermCheck(term, contractsReadyBy, null, false,
                    ChronoUnit.DAYS.between(standstill.earliestAwardOn(), contractsReadyBy),
                    "the earliest award after the standstill, " + standstill.earliestAwardOn() + ", is too late");
        }
        return new Dossier.TermCheck(term, contractsReadyBy, null, null, null,
                standstill == null ? "no award decision yet" : "can be awarded from " + standstill.earliestAwardOn());
    }

    private static String readyByTerm(LocalDate contractsReadyBy) {
        return "award final by " + contractsReadyBy + ", when contracts must be ready";
    }

    private static String cancelled(TenderView tender) {
        return "the tender was cancelled on " + tender.cancellation.cancelledOn() + " (" + tender.cancellation.reason() + ")";
    }

    private static LocalDate awardedOn(TenderView tender) {
        return tender.milestones.stream().filter(milestone -> milestone.milestone.equals("award"))
                .map(milestone -> milestone.actualOn).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
