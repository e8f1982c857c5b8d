package nl.contractledger.application.web.dossier;

import nl.contractledger.application.web.XmlText;
import nl.contractledger.application.web.query.AsOf;
import nl.contractledger.projections.dossier.Dossier;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The parts every printable dossier shares, a revision's and an award's: the page and its style, the moment it
 * shows, the legal terms met or missed, and every step by date.
 */
public final class DossierDocument {

    /** Ends a cell and begins one that holds a date, which is never broken over two lines. */
    public static final String DATE = "</td><td class=\"d\">";

    private static final String STYLE = new String(PageResources.read("/dossier/dossier.css"), StandardCharsets.UTF_8);

    private DossierDocument() {
    }

    /**
     * The page's head, well-formed XHTML so that {@link DossierPdf} can lay it out too; printed (and as PDF) on
     * A4, each page numbered under the dossier's title.
     */
    public static StringBuilder begin(String title) {
        return new StringBuilder(8192).append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"/>")
                .append("<meta name=\"subject\" content=\"").append(e(title))
                .append(", reconstructed from the events recorded in Contract Ledger\"/><title>").append(e(title))
                .append("</title><style>").append(STYLE).append(footer(title)).append("</style></head><body>");
    }

    /** Each printed page's footer: the title (its letters, digits, spaces and dashes) and the page's number. */
    private static String footer(String title) {
        return "@page{@bottom-center{font-family:'" + DossierPdf.FONT_FAMILY + "';font-size:8pt;content:'"
                + title.replaceAll("[^\\w .-]", "") + " \\2014  page ' counter(page) ' of ' counter(pages)}}";
    }

    public static void asOf(StringBuilder html, Instant asOf) {
        if (asOf == null) {
            html.append("<p>As recorded when this dossier was made, at <b>")
                    .append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append("</b>.</p>");
            return;
        }
        String when = AsOf.lastOfDay(asOf).map(day -> "by the end of <b>" + day + "</b> (Europe/Amsterdam)")
                .orElse("at <b>" + asOf + "</b>");
        html.append("<p>As recorded ").append(when).append("; later entries are not shown.</p>");
    }

    public static void terms(StringBuilder html, List<Dossier.TermCheck> terms) {
        html.append("<h2>Legal terms</h2><table><tr><th>Term</th><th>Due</th><th>Done</th><th>Met</th><th>Days</th>"
                + "<th>Note</th></tr>");
        for (Dossier.TermCheck term : terms) {
            String met = term.met() == null ? "open" : term.met() ? "<span class=\"met\">met</span>"
                    : "<span class=\"missed\">missed</span>";
            html.append("<tr><td>").append(e(term.term())).append(DATE).append(text(term.dueOn()))
                    .append(DATE).append(text(term.actualOn())).append("</td><td>").append(met)
                    .append("</td><td>").append(text(term.days())).append("</td><td>").append(e(term.note()))
                    .append("</td></tr>");
        }
        html.append("</table>");
    }

    /** The steps, what ties them to the audit trail, and the end of the page. */
    public static String steps(StringBuilder html, List<Dossier.Step> steps) {
        html.append("<h2>Every step, by date</h2><table class=\"steps\"><tr><th class=\"date\">Date</th>"
                + "<th class=\"recorded\">Recorded at (UTC)</th><th class=\"by\">By</th><th>Step</th></tr>");
        steps.forEach(step -> html.append("<tr><td class=\"d\">").append(text(step.date())).append(DATE)
                .append(step.recordedAt()).append("</td><td>").append(e(step.actor())).append("</td><td>")
                .append(e(step.summary())).append("</td></tr>"));
        html.append("</table>");
        integrity(html, steps);
        return html.append("</body></html>").toString();
    }

    /**
     * How the steps are tied to the audit trail: the events they come from and the seal of the last one, whose
     * link in the hash chain covers every event recorded before it.
     */
    private static void integrity(StringBuilder html, List<Dossier.Step> steps) {
        if (steps.isEmpty()) {
            return;
        }
        Comparator<Dossier.Step> byPosition = Comparator.comparingLong(Dossier.Step::position);
        Dossier.Step first = Collections.min(steps, byPosition);
        Dossier.Step last = Collections.max(steps, byPosition);
        html.append("<h2>Integrity</h2><p>Reconstructed from ").append(steps.size())
                .append(" recorded event(s), at positions ").append(first.position()).append(" to ").append(last.position())
                .append(" of the event store. ");
        html.append(last.seal() == null
                ? "The last is not sealed in the audit trail yet (an event is sealed within a second of its recording)."
                : "The last is sealed in the audit trail's hash chain as <code>" + e(last.seal()) + "</code>, a link that"
                + " covers every event recorded before it: <code>GET /api/audit/verification</code> tells whether the"
                + " chain is unbroken through position " + last.position() + ", and the dossier as JSON gives each"
                + " step's own seal.");
        html.append("</p>");
    }

    /** A section of the dossier: its heading and a line per item, or "none". */
    public static <T> void list(StringBuilder html, String heading, List<T> items, Function<T, String> line) {
        html.append("<h2>").append(heading).append("</h2><ul>");
        if (items.isEmpty()) {
            html.append("<li>none</li>");
        }
        items.forEach(item -> html.append("<li>").append(line.apply(item)).append("</li>"));
        html.append("</ul>");
    }

    /** Each id by its name, as {@link #named(String, String)}, separated by commas. */
    public static String named(List<String> ids, Map<String, String> names) {
        return String.join(", ", ids.stream().map(id -> named(id, names)).toList());
    }

    /** An id by its name among {@code names}, as {@link #named(String, String)}. */
    public static String named(String id, Map<String, String> names) {
        return named(id, names.get(id));
    }

    /**
     * A region, provider, segment or contract by name and id ({@code Kompas Jeugd-GGZ (hgl-kompas)}), by its id where no
     * name is known.
     */
    public static String named(String id, String name) {
        return name == null || name.equals(id) ? e(id) : e(name) + " (" + e(id) + ")";
    }

    /** Recorded text on the page: its markup characters escaped, a character XML does not allow replaced. */
    public static String e(String text) {
        return text == null ? "" : XmlText.of(text);
    }

    public static String text(Object value) {
        return value == null ? "" : e(value.toString());
    }
}
