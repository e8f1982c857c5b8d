package nl.contractledger.projections.dossier;

import nl.contractledger.projections.provider.ProviderNames;
import nl.contractledger.projections.revision.RevisionView;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Every legal term of a revision procedure, checked: response deadlines, the close of responses, the ready-by date. A
 * response refused as late misses its deadline in a row of its own, the provider's; the region kept the deadline by
 * taking only the responses in time.
 */
final class DossierTerms {

    private DossierTerms() {
    }

    /** The terms, each late response's naming its provider ({@code names}). */
    static List<Dossier.TermCheck> of(RevisionView revision, ProviderNames names) {
        List<Dossier.TermCheck> terms = new ArrayList<>();
        for (RevisionView.TextVersion text : revision.texts) {
            List<RevisionView.ResponseView> responses = revision.responses.stream()
                    .filter(response -> response.textVersion == text.version()).toList();
            long refused = responses.stream().filter(response -> response.refused).count();
            long takenLate = responses.stream().filter(response -> !response.refused)
                    .filter(response -> response.receivedOn.isAfter(text.responseDeadline())).count();
            terms.add(new Dossier.TermCheck("responses to text version " + text.version() + " taken only up to the deadline",
                    text.responseDeadline(), null, takenLate == 0, null, (responses.size() - refused - takenLate)
                    + " response(s) in time" + (takenLate == 0 ? "" : ", " + takenLate + " taken after the deadline")
                    + (refused == 0 ? "" : ", " + refused + " refused as late")));
            responses.stream().filter(response -> response.refused).forEach(response -> terms.add(new Dossier.TermCheck(
                    "response " + response.id + " of " + names.withId(response.providerId) + " received by the deadline",
                    text.responseDeadline(), response.receivedOn, false, -response.daysLate, "received "
                    + response.daysLate + " day(s) after the deadline; refused, so it does not count")));
        }
        if (revision.responsesClosedOn != null && !revision.texts.isEmpty()) {
            var last = revision.texts.get(revision.texts.size() - 1);
            terms.add(new Dossier.TermCheck("responses closed no earlier than the deadline", last.responseDeadline(),
                    revision.responsesClosedOn, !revision.responsesClosedOn.isBefore(last.responseDeadline()),
                    ChronoUnit.DAYS.between(last.responseDeadline(), revision.responsesClosedOn), null));
        }
        long unanswered = revision.responses.stream().filter(response -> !response.refused && response.answer == null).count();
        if (revision.publication != null || unanswered > 0) {
            terms.add(new Dossier.TermCheck("every response answered before publication", null,
                    revision.publication == null ? null : revision.publication.publishedOn(), unanswered == 0, null,
                    unanswered + " response(s) without an answer"));
        }
        var finalisation = revision.finalisation;
        terms.add(new Dossier.TermCheck("final " + revision.leadTimeMonths + " month(s) before it takes effect on "
                + revision.effectiveOn, revision.readyBy, finalisation == null ? null : finalisation.finalisedOn(),
                finalisation == null ? null : !finalisation.leadTimeBreached(),
                finalisation == null ? null : finalisation.daysToSpare(),
                finalisation == null ? "not final yet" : finalisation.overrideReason() == null ? null
                        : "breach let through: " + finalisation.overrideReason()));
        return terms;
    }
}
