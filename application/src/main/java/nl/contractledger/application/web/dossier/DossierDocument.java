package nl.contractledger.application.web.dossier;

import nl.contractledger.projections.dossier.Dossier;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The parts every printable dossier shares, a revision's and an award's: the page and its style, the moment it
 * shows, the legal terms met or missed, and every step by date.
 */
public final class DossierDocument {

    private DossierDocument() {
    }

    public static StringBuilder begin(String title) {
        return new StringBuilder(8192).append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(e(title)).append("</title><style>body{font-family:Georgia,serif;max-width:60em;margin:2em auto}"
                        + "table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:4px;vertical-align:top;"
                        + "text-align:left}.missed{color:#a00;font-weight:bold}.met{color:#060}</style></head><body>");
    }

    public static void asOf(StringBuilder html, Instant asOf) {
        html.append(asOf == null ? "<p>As recorded now.</p>"
                : "<p>As recorded at <b>" + asOf + "</b>; later entries are not shown.</p>");
    }

    public static void terms(StringBuilder html, List<Dossier.TermCheck> terms) {
        html.append("<h2>Legal terms</h2><table><tr><th>Term</th><th>Due</th><th>Done</th><th>Met</th><th>Days</th>"
                + "<th>Note</th></tr>");
        for (Dossier.TermCheck term : terms) {
            String met = term.met() == null ? "open" : term.met() ? "<span class=\"met\">met</span>"
                    : "<span class=\"missed\">missed</span>";
            html.append("<tr><td>").append(e(term.term())).append("</td><td>").append(text(term.dueOn()))
                    .append("</td><td>").append(text(term.actualOn())).append("</td><td>").append(met)
                    .append("</td><td>").append(text(term.days())).append("</td><td>").append(e(term.note()))
                    .append("</td></tr>");
        }
        html.append("</table>");
    }

    /** The steps and the end of the page. */
    public static String steps(StringBuilder html, List<Dossier.Step> steps) {
        html.append("<h2>Every step, by date</h2><table><tr><th>Date</th><th>Recorded at (UTC)</th><th>By</th>"
                + "<th>Step</th></tr>");
        steps.forEach(step -> html.append("<tr><td>").append(text(step.date())).append("</td><td>")
                .append(step.recordedAt()).append("</td><td>").append(e(step.actor())).append("</td><td>")
                .append(e(step.summary())).append("</td></tr>"));
        return html.append("</table></body></html>").toString();
    }

    /** A provider or segment by name and id ({@code Kompas Jeugd-GGZ (hgl-kompas)}), by its id where no name is known. */
    public static String named(String id, Map<String, String> names) {
        String name = names.get(id);
        return name == null || name.equals(id) ? e(id) : e(name) + " (" + e(id) + ")";
    }

    public static String e(String text) {
        return text == null ? "" : htmlEscape(text);
    }

    public static String text(Object value) {
        return value == null ? "" : e(value.toString());
    }
}
