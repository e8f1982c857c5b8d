package nl.contractledger.application.web.segment;

import nl.contractledger.application.web.CsvCell;
import nl.contractledger.projections.timeline.Timeline;
import nl.contractledger.projections.timeline.TimelineEntry;

import java.util.List;

/** A timeline as CSV (RFC 4180), each cell written by {@link CsvCell}, so that no spreadsheet runs one as a formula. */
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

    private static String cell(Object value) {
        return CsvCell.of(value);
    }
}
