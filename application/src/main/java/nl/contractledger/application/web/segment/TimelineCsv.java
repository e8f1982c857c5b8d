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
            csv.append(String.join(",", CsvCell.of(kind), CsvCell.of(entry.date()), CsvCell.of(entry.recordedAt()),
                    CsvCell.of(entry.type()), CsvCell.of(entry.aggregateId()), CsvCell.of(entry.actor()),
                    CsvCell.of(entry.summary()), CsvCell.of(entry.plannedDate()), CsvCell.of(entry.deviationDays()),
                    CsvCell.of(entry.deadline()))).append("\r\n");
        }
    }
}
