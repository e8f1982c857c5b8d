package nl.contractledger.application.web.segment;

import nl.contractledger.projections.timeline.Timeline;
import nl.contractledger.projections.timeline.TimelineEntry;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * A picture of a segment's timelines: one row per step, a bar from the planned to the actual date
 * (red when late, green when early or on time), open deadlines as red diamonds, and today's date as a line.
 */
final class TimelineSvg {

    private static final int LEFT = 330;
    private static final int WIDTH = 1100;
    private static final int ROW = 22;

    private TimelineSvg() {
    }

    static String render(Timeline timeline, LocalDate today) {
        List<Row> rows = new ArrayList<>();
        add(rows, "Tender", timeline.tender());
        add(rows, "Revision", timeline.revision());
        LocalDate first = Stream.concat(rows.stream().flatMap(Row::dates), Stream.of(today)).min(LocalDate::compareTo).orElse(today);
        LocalDate last = Stream.concat(rows.stream().flatMap(Row::dates), Stream.of(today)).max(LocalDate::compareTo).orElse(today);
        long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        int height = 60 + rows.size() * ROW;
        StringBuilder svg = new StringBuilder(4096).append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(WIDTH).append("\" height=\"").append(height).append("\" font-family=\"sans-serif\" font-size=\"11\">")
                .append("<title>Timeline of segment ").append(htmlEscape(timeline.segmentId())).append("</title>")
                .append("<text x=\"10\" y=\"18\" font-size=\"14\" font-weight=\"bold\">Segment ")
                .append(htmlEscape(timeline.segmentId())).append(": planned (hollow) and actual (filled)</text>")
                .append("<text x=\"").append(LEFT).append("\" y=\"36\">").append(first).append("</text>")
                .append("<text x=\"").append(WIDTH - 80).append("\" y=\"36\">").append(last).append("</text>");
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).draw(svg, 50 + i * ROW, first, span);
        }
        int todayX = x(today, first, span);
        svg.append("<line x1=\"").append(todayX).append("\" y1=\"40\" x2=\"").append(todayX).append("\" y2=\"")
                .append(height).append("\" stroke=\"#06c\" stroke-dasharray=\"4 3\"/><text x=\"").append(todayX + 3)
                .append("\" y=\"48\" fill=\"#06c\">today</text>");
        return svg.append("</svg>").toString();
    }

    private static void add(List<Row> rows, String kind, List<TimelineEntry> entries) {
        if (entries != null) {
            entries.forEach(entry -> rows.add(new Row(kind, entry)));
        }
    }

    static int x(LocalDate date, LocalDate first, long span) {
        return LEFT + (int) ((WIDTH - LEFT - 90) * ChronoUnit.DAYS.between(first, date) / span);
    }

    private record Row(String kind, TimelineEntry entry) {

        Stream<LocalDate> dates() {
            return Stream.of(entry.date(), entry.plannedDate()).filter(date -> date != null);
        }

        void draw(StringBuilder svg, int y, LocalDate first, long span) {
            String label = kind + " · " + entry.date() + " · " + entry.summary();
            svg.append("<text x=\"10\" y=\"").append(y + 4).append("\">")
                    .append(htmlEscape(label.length() > 58 ? label.substring(0, 57) + "…" : label))
                    .append("<title>").append(htmlEscape(label)).append("</title></text>");
            int actual = x(entry.date(), first, span);
            if (Boolean.TRUE.equals(entry.deadline())) {
                svg.append("<path d=\"M").append(actual).append(' ').append(y - 6).append(" l6 6 l-6 6 l-6 -6 z\" fill=\"#c00\"/>");
                return;
            }
            if (entry.plannedDate() != null) {
                int planned = x(entry.plannedDate(), first, span);
                String colour = entry.deviationDays() != null && entry.deviationDays() > 0 ? "#c00" : "#080";
                svg.append("<line x1=\"").append(Math.min(planned, actual)).append("\" y1=\"").append(y)
                        .append("\" x2=\"").append(Math.max(planned, actual)).append("\" y2=\"").append(y)
                        .append("\" stroke=\"").append(colour).append("\" stroke-width=\"4\"/><circle cx=\"").append(planned)
                        .append("\" cy=\"").append(y).append("\" r=\"4\" fill=\"white\" stroke=\"#333\"/>");
            }
            svg.append("<circle cx=\"").append(actual).append("\" cy=\"").append(y).append("\" r=\"4\" fill=\"#333\"/>");
        }
    }
}
