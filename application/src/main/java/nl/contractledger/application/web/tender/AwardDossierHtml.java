package nl.contractledger.application.web.tender;

import nl.contractledger.application.web.dossier.DossierDocument;
import nl.contractledger.projections.dossier.AwardDossier;
import nl.contractledger.projections.tender.TenderView;

import java.util.List;

import static nl.contractledger.application.web.dossier.DossierDocument.DATE;
import static nl.contractledger.application.web.dossier.DossierDocument.e;
import static nl.contractledger.application.web.dossier.DossierDocument.list;
import static nl.contractledger.application.web.dossier.DossierDocument.named;
import static nl.contractledger.application.web.dossier.DossierDocument.text;

/** A tender's award dossier as a printable HTML document: the decisions, the bids, the court, the terms, the contracts. */
final class AwardDossierHtml {

    private AwardDossierHtml() {
    }

    static String render(AwardDossier dossier) {
        TenderView tender = dossier.tender();
        StringBuilder html = DossierDocument.begin("Award dossier " + tender.id);
        html.append("<h1>Award of tender ").append(e(tender.id)).append(" \"").append(e(tender.title)).append("\"</h1>");
        html.append("<p>Region <b>").append(named(tender.regionId, dossier.regionName())).append("</b>, ")
                .append(segments(tender.segmentIds, dossier)).append("; standstill of ").append(tender.standstillDays)
                .append(" days; contracts to be ready by <b>").append(text(dossier.contractsReadyBy()))
                .append("</b>. State: <b>").append(e(tender.state)).append("</b>.</p>");
        DossierDocument.asOf(html, dossier.asOf());
        DossierDocument.terms(html, dossier.terms());
        html.append("<h2>Award decisions</h2><table><tr><th>Decided</th><th>Winners</th><th>Motivation</th>"
                + "<th>Standstill until</th></tr>");
        tender.awardDecisions.forEach(decision -> html.append("<tr><td><span class=\"d\">").append(decision.decidedOn()).append("</span>")
                .append(decision.correction() ? " (correction)" : "").append("</td><td>")
                .append(String.join(", ", decision.winners().stream().map(winner -> named(winner.providerId(),
                        dossier.providerNames()) + " for " + named(winner.segmentId(), dossier.segmentNames())).toList()))
                .append("</td><td>").append(e(decision.motivation())).append(DATE)
                .append(decision.standstillEndsOn()).append("</td></tr>"));
        html.append("</table><h2>Bids</h2><table><tr><th>Bid</th><th>Provider</th><th>Segments</th><th>Submitted</th></tr>");
        tender.bids.forEach(bid -> html.append("<tr><td>").append(e(bid.id())).append("</td><td>")
                .append(named(bid.providerId(), dossier.providerNames())).append("</td><td>")
                .append(segments(bid.segmentIds(), dossier))
                .append(DATE).append(bid.submittedOn()).append("</td></tr>"));
        html.append("</table><h2>Summary proceedings</h2><table><tr><th>Proceedings</th><th>Provider</th><th>Court</th>"
                + "<th>Filed</th><th>Ruling</th></tr>");
        tender.proceedings.forEach(proceedings -> html.append("<tr><td>").append(e(proceedings.id)).append("</td><td>")
                .append(named(proceedings.providerId, dossier.providerNames())).append("</td><td>")
                .append(e(proceedings.court)).append("</td><td><span class=\"d\">")
                .append(proceedings.filedOn).append("</span>").append(proceedings.late ? " (after the standstill)" : "").append("</td><td>")
                .append(proceedings.ruledOn == null ? "none yet" : proceedings.ruledOn + ": " + e(proceedings.outcome))
                .append("</td></tr>"));
        html.append("</table><h2>Documents</h2><table><tr><th>Kind</th><th>Title</th><th>SHA-256</th><th>On</th></tr>");
        tender.documents.forEach(document -> html.append("<tr><td>").append(e(document.kind())).append("</td><td>")
                .append(e(document.title())).append("</td><td><code>").append(e(document.sha256()))
                .append("</code>").append(DATE).append(text(document.on())).append("</td></tr>"));
        html.append("</table>");
        list(html, "Contracts awarded", dossier.contractsAwarded(), contract -> e(contract.contractId()) + " \""
                + e(contract.title()) + "\" for " + segments(contract.segmentIds(), dossier) + ", published "
                + contract.publishedOn() + ", " + contract.startsOn() + " to " + contract.endsOn()
                + (contract.terminatedOn() == null ? "" : ", terminated from " + contract.terminatedOn()) + ": "
                + String.join("; ", contract.winners().stream().map(winner -> named(winner.providerId(), dossier.providerNames())
                        + (winner.signedOn() != null ? " signed on " + winner.signedOn()
                        : winner.admittedOn() != null ? " admitted from " + winner.admittedOn() : " not joined (yet)")).toList()));
        return DossierDocument.steps(html, dossier.steps());
    }

    private static String segments(List<String> segmentIds, AwardDossier dossier) {
        return named(segmentIds, dossier.segmentNames());
    }
}
