package nl.contractledger.projections.dossier;

import nl.contractledger.projections.provider.ProviderNames;
import nl.contractledger.projections.tender.TenderView;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AwardTermsTest {

    private static final LocalDate READY_BY = LocalDate.parse("2026-07-01");

    @Test
    void givenAnAwardTheDayAfterItsStandstill_whenItsTermsAreChecked_thenBothAreMetWithTheDaysToSpare() {
        TenderView tender = decidedOn("2026-06-05", "2026-06-25");
        awarded(tender, "2026-06-26");

        List<Dossier.TermCheck> terms = AwardTerms.of(tender, READY_BY, ProviderNames.IDS);

        assertThat(terms).containsExactly(
                new Dossier.TermCheck("award not before the standstill of 20 days after the award decision of 2026-06-05 has ended",
                        LocalDate.parse("2026-06-26"), LocalDate.parse("2026-06-26"), true, 0L, "the standstill ends on 2026-06-25"),
                new Dossier.TermCheck("award final by 2026-07-01, when contracts must be ready", READY_BY,
                        LocalDate.parse("2026-06-26"), true, 5L, null));
    }

    @Test
    void givenAnAwardDecidedOn11June_whenNotYetAwarded_thenTheReadyByDateIsAlreadyMissed() {
        TenderView tender = decidedOn("2026-06-11", "2026-07-01");

        List<Dossier.TermCheck> terms = AwardTerms.of(tender, READY_BY, ProviderNames.IDS);

        assertThat(terms.get(0).met()).as("not awarded yet").isNull();
        assertThat(terms.get(0).note()).isEqualTo("the standstill ends on 2026-07-01; not awarded yet");
        assertThat(terms.get(1)).isEqualTo(new Dossier.TermCheck("award final by 2026-07-01, when contracts must be ready",
                READY_BY, null, false, -1L, "the earliest award after the standstill, 2026-07-02, is too late"));
    }

    @Test
    void givenProceedingsWithinAndAfterTheStandstill_whenTheTermsAreChecked_thenEachSaysWhetherItBlockedTheAward() {
        TenderView tender = decidedOn("2019-06-03", "2019-06-24");
        tender.proceedings.add(proceedings("kg-1", "2019-06-20", false, "2019-10-22", "award decision annulled"));
        tender.proceedings.add(proceedings("kg-2", "2019-07-10", true, null, null));

        ProviderNames onlyTheFirstRegistered = provider -> provider.value().equals("p-kg-1") ? "Jeugdzorg Eén" : provider.value();

        List<Dossier.TermCheck> terms = AwardTerms.of(tender, null, onlyTheFirstRegistered);

        assertThat(terms).hasSize(3).extracting(Dossier.TermCheck::term).as("each by its name and id, or its id alone")
                .endsWith("summary proceedings kg-1 of Jeugdzorg Eén (p-kg-1) filed within the standstill",
                        "summary proceedings kg-2 of p-kg-2 filed within the standstill");
        assertThat(terms.get(1).met()).isTrue();
        assertThat(terms.get(1).note()).isEqualTo("blocked the award until the ruling of 2019-10-22: award decision annulled");
        assertThat(terms.get(2).met()).isFalse();
        assertThat(terms.get(2).note()).isEqualTo("filed after the standstill; the award was not blocked");
    }

    @Test
    void givenATenderCancelledAfterTheCourtRuled_whenItsTermsAreChecked_thenThereIsNoAwardAndTheReadyByDateIsMissed() {
        TenderView tender = decidedOn("2019-09-13", "2019-10-03");
        tender.cancellation = new TenderView.CancellationView(LocalDate.parse("2019-10-22"), "the court ruled to tender again",
                "besluit 2019-10");

        List<Dossier.TermCheck> terms = AwardTerms.of(tender, LocalDate.parse("2019-12-31"), ProviderNames.IDS);

        assertThat(terms.get(0).met()).isNull();
        assertThat(terms.get(0).note()).isEqualTo(
                "the standstill ends on 2019-10-03; no award: the tender was cancelled on 2019-10-22 (the court ruled to tender again)");
        assertThat(terms.get(1)).isEqualTo(new Dossier.TermCheck("award final by 2019-12-31, when contracts must be ready",
                LocalDate.parse("2019-12-31"), null, false, null,
                "no award: the tender was cancelled on 2019-10-22 (the court ruled to tender again)"));
    }

    @Test
    void givenAPlannedTender_whenNoAwardIsDecidedYet_thenOnlyTheReadyByTermStandsOpen() {
        assertThat(AwardTerms.of(new TenderView(), READY_BY, ProviderNames.IDS)).containsExactly(new Dossier.TermCheck(
                "award final by 2026-07-01, when contracts must be ready", READY_BY, null, null, null, "no award decision yet"));
    }

    private static TenderView decidedOn(String decidedOn, String standstillEndsOn) {
        TenderView tender = new TenderView();
        LocalDate endsOn = LocalDate.parse(standstillEndsOn);
        tender.standstill = new TenderView.StandstillView(LocalDate.parse(decidedOn), 20, endsOn, endsOn.plusDays(1));
        return tender;
    }

    private static void awarded(TenderView tender, String awardedOn) {
        TenderView.MilestoneView award = new TenderView.MilestoneView();
        award.milestone = "award";
        award.actualOn = LocalDate.parse(awardedOn);
        tender.milestones.add(award);
    }

    private static TenderView.ProceedingsView proceedings(String id, String filedOn, boolean late, String ruledOn,
                                                          String outcome) {
        TenderView.ProceedingsView proceedings = new TenderView.ProceedingsView();
        proceedings.id = id;
        proceedings.providerId = "p-" + id;
        proceedings.filedOn = LocalDate.parse(filedOn);
        proceedings.late = late;
        proceedings.ruledOn = ruledOn == null ? null : LocalDate.parse(ruledOn);
        proceedings.outcome = outcome;
        return proceedings;
    }
}
