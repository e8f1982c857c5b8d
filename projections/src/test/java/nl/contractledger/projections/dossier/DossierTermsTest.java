package nl.contractledger.projections.dossier;

import nl.contractledger.projections.provider.ProviderNames;
import nl.contractledger.projections.revision.RevisionView;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DossierTermsTest {

    private static final LocalDate DEADLINE = LocalDate.parse("2026-02-13");

    @Test
    void givenAFinalRevisionWithALateResponse_whenItsTermsAreChecked_thenTheProviderMissedItsDeadlineAndTheRegionKeptIt() {
        RevisionView revision = revision();
        revision.responses.add(response("r-in-time", "p-a", "2026-02-05", false, 0, "2026-02-26"));
        revision.responses.add(response("r-late", "p-b", "2026-02-16", true, 3, null));
        revision.responsesClosedOn = LocalDate.parse("2026-02-16");
        revision.publication = new RevisionView.Publication(LocalDate.parse("2026-03-16"), "Herziene overeenkomst",
                "ab".repeat(32), "Aw 2.163c");
        revision.finalisation = new RevisionView.Finalisation(LocalDate.parse("2026-05-28"), revision.readyBy, false, 34,
                null, List.of());

        List<Dossier.TermCheck> terms = DossierTerms.of(revision, provider -> "Provider " + provider.value());

        assertThat(terms).extracting(Dossier.TermCheck::term).containsExactly(
                "responses to text version 1 taken only up to the deadline",
                "response r-late of Provider p-b (p-b) received by the deadline",
                "responses closed no earlier than the deadline",
                "every response answered before publication",
                "final 6 month(s) before it takes effect on 2027-01-01");
        assertThat(terms.get(0)).isEqualTo(new Dossier.TermCheck(terms.get(0).term(), DEADLINE, null, true, null,
                "1 response(s) in time, 1 refused as late"));
        assertThat(terms.get(1)).isEqualTo(new Dossier.TermCheck(terms.get(1).term(), DEADLINE, LocalDate.parse("2026-02-16"),
                false, -3L, "received 3 day(s) after the deadline; refused, so it does not count"));
        assertThat(terms.get(2)).isEqualTo(new Dossier.TermCheck(terms.get(2).term(), DEADLINE, LocalDate.parse("2026-02-16"),
                true, 3L, null));
        assertThat(terms.get(3).met()).as("the refused response needs no answer").isTrue();
        assertThat(terms.get(4)).isEqualTo(new Dossier.TermCheck(terms.get(4).term(), LocalDate.parse("2026-07-01"),
                LocalDate.parse("2026-05-28"), true, 34L, null));
    }

    @Test
    void givenAnOpenRevisionWithAnUnansweredResponse_whenItsTermsAreChecked_thenTheAnswersAreMissingAndItIsNotFinalYet() {
        RevisionView revision = revision();
        revision.responses.add(response("r-open", "p-a", "2026-02-05", false, 0, null));

        List<Dossier.TermCheck> terms = DossierTerms.of(revision, ProviderNames.IDS);

        assertThat(terms).extracting(Dossier.TermCheck::term).containsExactly(
                "responses to text version 1 taken only up to the deadline",
                "every response answered before publication",
                "final 6 month(s) before it takes effect on 2027-01-01");
        assertThat(terms.get(0).met()).isTrue();
        assertThat(terms.get(1)).isEqualTo(new Dossier.TermCheck(terms.get(1).term(), null, null, false, null,
                "1 response(s) without an answer"));
        assertThat(terms.get(2)).isEqualTo(new Dossier.TermCheck(terms.get(2).term(), LocalDate.parse("2026-07-01"),
                null, null, null, "not final yet"));
    }

    @Test
    void givenAResponseTakenThoughReceivedAfterTheDeadline_whenItsTermsAreChecked_thenTheRegionMissedTheDeadline() {
        RevisionView revision = revision();
        revision.responses.add(response("r-in-time", "p-a", "2026-02-13", false, 0, null));
        revision.responses.add(response("r-taken-late", "p-b", "2026-02-14", false, 0, null));

        Dossier.TermCheck responsesTerm = DossierTerms.of(revision, ProviderNames.IDS).get(0);

        assertThat(responsesTerm).isEqualTo(new Dossier.TermCheck("responses to text version 1 taken only up to the deadline",
                DEADLINE, null, false, null, "1 response(s) in time, 1 taken after the deadline"));
    }

    @Test
    void givenAFinalisationLetThroughAfterTheReadyByDate_whenItsTermsAreChecked_thenTheBreachAndItsReasonAreShown() {
        RevisionView revision = revision();
        revision.finalisation = new RevisionView.Finalisation(LocalDate.parse("2026-07-03"), revision.readyBy, true, -2,
                "court ruling awaited", List.of());

        Dossier.TermCheck finalTerm = DossierTerms.of(revision, ProviderNames.IDS).get(1);

        assertThat(finalTerm).isEqualTo(new Dossier.TermCheck("final 6 month(s) before it takes effect on 2027-01-01",
                LocalDate.parse("2026-07-01"), LocalDate.parse("2026-07-03"), false, -2L,
                "breach let through: court ruling awaited"));
    }

    private static RevisionView revision() {
        RevisionView revision = new RevisionView();
        revision.effectiveOn = LocalDate.parse("2027-01-01");
        revision.leadTimeMonths = 6;
        revision.readyBy = LocalDate.parse("2026-07-01");
        revision.texts.add(new RevisionView.TextVersion(1, "Herzieningstekst", "cd".repeat(32),
                LocalDate.parse("2026-01-15"), DEADLINE));
        return revision;
    }

    private static RevisionView.ResponseView response(String id, String providerId, String receivedOn, boolean refused,
                                                      long daysLate, String answeredOn) {
        RevisionView.ResponseView response = new RevisionView.ResponseView();
        response.id = id;
        response.providerId = providerId;
        response.receivedOn = LocalDate.parse(receivedOn);
        response.textVersion = 1;
        response.refused = refused;
        response.daysLate = daysLate;
        response.answer = answeredOn == null ? null
                : new RevisionView.Answer("NOT_ADOPTED", "motivated", LocalDate.parse(answeredOn));
        return response;
    }
}
