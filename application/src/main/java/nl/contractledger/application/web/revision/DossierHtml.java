package nl.contractledger.application.web.revision;

import nl.contractledger.application.web.dossier.DossierDocument;
import nl.contractledger.projections.dossier.Dossier;
import nl.contractledger.projections.revision.RevisionView;

import java.util.Map;

import static nl.contractledger.application.web.dossier.DossierDocument.DATE;
import static nl.contractledger.application.web.dossier.DossierDocument.e;
import static nl.contractledger.application.web.dossier.DossierDocument.list;
import static nl.contractledger.application.web.dossier.DossierDocument.named;
import static nl.contractledger.application.web.dossier.DossierDocument.text;

/** The dossier as a printable HTML document, readable by a lawyer without explanation. */
final class DossierHtml {

    private DossierHtml() {
    }

    static String render(Dossier dossier) {
        RevisionView revision = dossier.revision();
        StringBuilder html = DossierDocument.begin("Dossier " + revision.id);
        html.append("<h1>Revision procedure ").append(e(revision.id)).append("</h1>");
        html.append("<p>Region <b>").append(named(revision.regionId, dossier.regionName())).append("</b>, segments ")
                .append(named(revision.segmentIds, dossier.segmentNames())).append(", revision ").append(revision.sequence)
                .append(" taking effect on <b>").append(revision.effectiveOn).append("</b>; to be final by <b>")
                .append(revision.readyBy).append("</b> (").append(revision.leadTimeMonths)
                .append(" months before). State on ").append(revision.stateOn).append(": <b>").append(e(revision.state))
                .append("</b>.</p>");
        html.append("<p>Reason: ").append(e(revision.reason)).append("</p>");
        DossierDocument.asOf(html, dossier.asOf());
        DossierDocument.terms(html, dossier.terms());
        html.append("<h2>Text versions</h2><table><tr><th>Version</th><th>Title</th><th>SHA-256</th>"
                + "<th>Presented</th><th>Responses until</th></tr>");
        revision.texts.forEach(text -> html.append("<tr><td>").append(text.version()).append("</td><td>")
                .append(e(text.title())).append("</td><td><code>").append(e(text.sha256())).append("</code>").append(DATE)
                .append(text.presentedOn()).append(DATE).append(text.responseDeadline()).append("</td></tr>"));
        html.append("</table><h2>Responses and answers</h2><table><tr><th>Response</th><th>Provider</th>"
                + "<th>Received</th><th>Text</th><th>Kind</th><th>Summary</th><th>Answer</th></tr>");
        for (RevisionView.ResponseView response : revision.responses) {
            String answer = response.refused ? "<span class=\"missed\">refused: " + response.daysLate
                    + " day(s) after the deadline of " + response.responseDeadline + "</span>"
                    : response.answer == null ? "not answered"
                    : e(response.answer.decision()) + " on " + response.answer.answeredOn() + ": "
                    + e(response.answer.motivation());
            html.append("<tr><td>").append(e(response.id)).append("</td><td>")
                    .append(named(response.providerId, dossier.providerNames()))
                    .append(DATE).append(response.receivedOn).append("</td><td>").append(response.textVersion)
                    .append("</td><td>").append(text(response.kind)).append("</td><td>").append(e(response.summary))
                    .append(response.document == null ? "" : "<br/>Letter \"" + e(response.document.title())
                            + "\", SHA-256 <code>" + e(response.document.sha256()) + "</code>")
                    .append("</td><td>").append(answer).append("</td></tr>");
        }
        html.append("</table>");
        Map<String, String> titles = dossier.contractTitles();
        list(html, "Contracts revised", dossier.contractsRevised(), contract -> named(contract.contractId(), titles)
                + (contract.termsVersion() == null ? ": not revised (yet)"
                : ": terms version " + contract.termsVersion() + ", in force from " + contract.effectiveOn()));
        list(html, "Withdrawals on notice", dossier.withdrawalsOnNotice(), withdrawal ->
                named(withdrawal.providerId(), dossier.providerNames()) + " from " + named(withdrawal.contractId(), titles)
                        + (withdrawal.withdrewOn() == null ? ": not withdrawn (yet)"
                        : ": withdrew on " + withdrawal.withdrewOn() + " (" + e(withdrawal.reason()) + ")"));
        list(html, "Admissions to the contracts", dossier.admissionsToContracts(), admission ->
                named(admission.providerId(), dossier.providerNames()) + " to " + named(admission.contractId(), titles)
                        + (admission.admittedOn() == null ? ": not admitted (yet)"
                        : ": admitted from " + admission.admittedOn() + " (" + e(admission.qualityCheckRef()) + ")"));
        return DossierDocument.steps(html, dossier.steps());
    }
}
