package nl.contractledger.application.web.segment;

import nl.contractledger.projections.timeline.Timeline;
import nl.contractledger.projections.timeline.TimelineEntry;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A picture of a segment's timelines: one row per step, a bar from the planned to the actual date
 * (red when late, green when early or on time), open deadlines as red diamonds, today's date as a line
 * and the first of January of each year as a faint one. The axis runs from the first date to the later of
 * today and the last step recorded or planned, so that days of deviation stay visible; a deadline beyond
 * it (a contract's end years ahead) stands at its right edge with its date.
 */
final class TimelineSvg {

    private static final int LEFT = 350;
    private static final int WIDTH = 1100;
    private static final int RIGHT = WIDTH - 110;
    private static final int ROW = 22;
    private static final int LABEL = 54;

    private TimelineSvg() {
    }

    static String render(Timeline timeline, LocalDate today) {
        List<Row> rows = new ArrayList<>();
        add(rows, "Tender", timeline.tender());
        add(rows, "Revision", timeline.revision());
        Axis axis = Axis.of(rows, today);
        int height = 60 + rows.size() * ROW;
        StringBuilder svg = new StringBuilder(4096).append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(WIDTH).append("\" height=\"").append(height).append("\" font-family=\"sans-serif\" font-size=\"11\">")
                .append("<title>Timeline of segment ").append(XmlText.of(timeline.segmentId())).append("</title>")
                .append("<text x=\"10\" y=\"18\" font-size=\"14\" font-weight=\"bold\">Segment ")
                .append(XmlText.of(timeline.segmentId())).append(": planned (hollow) and actual (filled)</text>");
        axis.draw(svg, height);
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).draw(svg, 60 + i * ROW, axis);
        }
        int todayX = axis.x(today);
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

    /** At most {@value #LABEL} characters (not cutting a character in two), the last an ellipsis when it is cut. */
    static String shortened(String label) {
        if (label.codePointCount(0, label.length()) <= LABEL) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, LABEL - 1)) + "…";
    }

    /** The dates from {@code first} to {@code last} across the plot, from {@link #LEFT} to {@link #RIGHT}. */
    record Axis(LocalDate first, LocalDate last) {

        /** From the first step to the later of today and the last step; open deadlines are all from today on. */
        static Axis of(List<Row> rows, LocalDate today) {
            List<LocalDate> dates = Stream.concat(rows.stream().filter(row -> !row.deadline()).flatMap(Row::dates),
                    Stream.of(today)).toList();
            return new Axis(dates.stream().min(LocalDate::compareTo).orElseThrow(),
                    dates.stream().max(LocalDate::compareTo).orElseThrow());
        }

        boolean beyond(LocalDate date) {
            return date.isAfter(last);
        }

        int x(LocalDate date) {
            long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
            return LEFT + (int) ((RIGHT - LEFT) * ChronoUnit.DAYS.between(first, beyond(date) ? last : date) / span);
        }

        void draw(StringBuilder svg, int height) {
            for (LocalDate year = first.withDayOfYear(1).plusYears(1); !year.isAfter(last); year = year.plusYears(1)) {
                int x = x(year);
                svg.append("<line x1=\"").append(x).append("\" y1=\"40\" x2=\"").append(x).append("\" y2=\"").append(height)
                        .append("\" stroke=\"#ddd\"/><text x=\"").append(x + 3).append("\" y=\"36\" fill=\"#999\">")
                        .append(year.getYear()).append("</text>");
            }
            svg.append("<text x=\"").append(LEFT).append("\" y=\"36\" text-anchor=\"end\">").append(first).append("</text>")
                    .append("<text x=\"").append(RIGHT).append("\" y=\"36\">").append(last).append("</text>");
        }
    }

    private record Row(String kind, TimelineEntry entry) {

        Stream<LocalDate> dates() {
            return Stream.of(entry.date(), entry.plannedDate()).filter(date -> date != null);
        }

        boolean deadline() {
            return Boolean.TRUE.equals(entry.deadline());
        }

        void draw(StringBuilder svg, int y, Axis axis) {
            String label = kind + " · " + entry.date() + " · " + entry.summary();
            svg.append("<text x=\"10\" y=\"").append(y + 4).append("\">").append(XmlText.of(shortened(label)))
                    .append("<title>").append(XmlText.of(label)).append("</title></text>");
            int actual = axis.x(entry.date());
            if (deadline()) {
                svg.append("<path d=\"M").append(actual).append(' ').append(y - 6).append(" l6 6 l-6 6 l-6 -6 z\" fill=\"#c00\"/>");
                if (axis.beyond(entry.date())) {
                    svg.append("<text x=\"").append(actual + 10).append("\" y=\"").append(y + 4).append("\" fill=\"#c00\">→ ")
                            .append(entry.date()).append("</text>");
                }
                return;
            }
            if (entry.plannedDate() != null) {
                int planned = axis.x(entry.plannedDate());
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
