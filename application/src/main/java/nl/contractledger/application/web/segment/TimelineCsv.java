package nl.contractledger.application.web.segment;

import nl.contractledger.projections.timeline.Timeline;
import nl.contractledger.projections.timeline.TimelineEntry;

import java.util.List;

/**
 * A timeline as CSV (RFC 4180). A cell that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, a tab or a carriage return) is prefixed with an apostrophe.
 */
final class TimelineCsv {

    private TimelineCsv() {
    }

    static String render(Timeline timeline) {
        StringBuilder csv = new StringBuilder("timeline,date,recordedAt,type,aggregateId,actor,summary,plannedDate,"
                + "deviationDays,deadline\r\n");
        rows(csv, "tender", timeline.tender());
        rows(csv, "revision", timeline.revision());
        return csv.toString();
    }

    private static void rows(StringBuilder csv, String kind, List<TimelineEntry> entries) {
        if (entries == null) {
            return;
        }
        for (TimelineEntry entry : entries) {
            csv.append(String.join(",", cell(kind), cell(entry.date()), cell(entry.recordedAt()), cell(entry.type()),
                    cell(entry.aggregateId()), cell(entry.actor()), cell(entry.summary()), cell(entry.plannedDate()),
                    cell(entry.deviationDays()), cell(entry.deadline()))).append("\r\n");
        }
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
