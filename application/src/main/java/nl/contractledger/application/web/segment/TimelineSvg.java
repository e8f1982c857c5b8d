package nl.contractledger.application.web.segment;

import nl.contractledger.application.web.XmlText;
import nl.contractledger.projections.timeline.Timeline;
import nl.contractledger.projections.timeline.TimelineEntry;
import nl.contractledger.projections.timeline.TimelineQueries;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A picture of a segment's timelines, headed by the segment's name and a legend: each timeline under a
 * heading of its own, one row per step, a bar from the planned to the actual date (red when late, green
 * when early) with the deviation in days beside it, a step recorded ahead of its day in grey until it comes, open
 * deadlines as red diamonds (dark red when missed), today's date as a line
 * and the first of January of each year as a faint one. The axis runs from the first date to the later of
 * today and the last step recorded or planned, so that days of deviation stay visible; a deadline beyond
 * it (a contract's end years ahead) stands at its right edge with its date.
 */
final class TimelineSvg {

    static final int LEFT = 440;
    private static final int WIDTH = 1190;
    private static final int RIGHT = WIDTH - 110;
    private static final int AXIS = 54;
    private static final int TOP = 76;
    private static final int ROW = 22;
    private static final int LABEL = 66;
    /** The width of a year's label at the axis: one closer to the last date's would run into it. */
    private static final int YEAR_LABEL = 32;
    private static final String LATE = "#c00";
    private static final String EARLY = "#080";
    private static final String MISSED = "#600";
    /** A step recorded ahead of its day, still to come. */
    private static final String TO_COME = "#aaa";

    private TimelineSvg() {
    }

    /** @param heading what the picture is of, {@code Haaglanden, segment 1 "Jeugdhulp met verblijf"} */
    static String render(Timeline timeline, String heading, LocalDate today) {
        List<Row> rows = new ArrayList<>();
        add(rows, "Tender timeline", timeline.tender());
        add(rows, "Revision timeline", timeline.revision());
        Axis axis = Axis.of(rows, today);
        int height = TOP + rows.size() * ROW;
        StringBuilder svg = new StringBuilder(4096).append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(WIDTH).append("\" height=\"").append(height).append("\" font-family=\"sans-serif\" font-size=\"11\">")
                .append("<title>Timelines of ").append(XmlText.of(heading)).append("</title>")
                .append("<text x=\"10\" y=\"18\" font-size=\"14\" font-weight=\"bold\">").append(XmlText.of(heading)).append("</text>");
        legend(svg);
        axis.draw(svg, height);
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).draw(svg, TOP + i * ROW, axis, today);
        }
        int todayX = axis.x(today);
        svg.append("<line x1=\"").append(todayX).append("\" y1=\"").append(AXIS + 4).append("\" x2=\"").append(todayX)
                .append("\" y2=\"").append(height).append("\" stroke=\"#06c\" stroke-dasharray=\"4 3\"/><text x=\"")
                .append(todayX + 3).append("\" y=\"").append(AXIS + 12).append("\" fill=\"#06c\">today</text>");
        return svg.append("</svg>").toString();
    }

    private static void legend(StringBuilder svg) {
        svg.append("<g font-size=\"10\" fill=\"#555\"><circle cx=\"14\" cy=\"32\" r=\"4\" fill=\"white\" stroke=\"#333\"/>")
                .append("<text x=\"22\" y=\"35\">planned</text><circle cx=\"74\" cy=\"32\" r=\"4\" fill=\"#333\"/>")
                .append("<text x=\"82\" y=\"35\">actual</text><line x1=\"124\" y1=\"32\" x2=\"144\" y2=\"32\" stroke=\"").append(LATE)
                .append("\" stroke-width=\"4\"/><text x=\"148\" y=\"35\">late</text><line x1=\"176\" y1=\"32\" x2=\"196\" y2=\"32\" stroke=\"")
                .append(EARLY).append("\" stroke-width=\"4\"/><text x=\"200\" y=\"35\">early</text><path d=\"M240 26 l6 6 l-6 6 l-6 -6 z\" fill=\"")
                .append(LATE).append("\"/><text x=\"250\" y=\"35\">open deadline</text><path d=\"M334 26 l6 6 l-6 6 l-6 -6 z\" fill=\"")
                .append(MISSED).append("\"/><text x=\"344\" y=\"35\">missed deadline</text><circle cx=\"434\" cy=\"32\" r=\"4\" fill=\"")
                .append(TO_COME).append("\"/><text x=\"442\" y=\"35\">to come</text></g>");
    }

    private static void add(List<Row> rows, String heading, List<TimelineEntry> entries) {
        if (entries != null) {
            rows.add(new Row(entries.isEmpty() ? heading + ": no entries" : heading, null));
            entries.forEach(entry -> rows.add(new Row(null, entry)));
        }
    }

    /** At most {@value #LABEL} characters (not cutting a character in two), the last an ellipsis when it is cut. */
    static String shortened(String label) {
        if (label.codePointCount(0, label.length()) <= LABEL) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, LABEL - 1)) + "…";
    }

    /** {@code 4 days late}, {@code 1 day early}, or nothing on the day planned or without a plan. */
    static String deviation(Long days) {
        if (days == null || days == 0) {
            return "";
        }
        long magnitude = Math.abs(days);
        return magnitude + (magnitude == 1 ? " day " : " days ") + (days > 0 ? "late" : "early");
    }

    /** The dates from {@code first} to {@code last} across the plot, from {@link #LEFT} to {@link #RIGHT}. */
    record Axis(LocalDate first, LocalDate last) {

        /**
         * From the first step to the later of today and the last step; deadlines to come lie from today on, the
         * missed ones before it.
         */
        static Axis of(List<Row> rows, LocalDate today) {
            List<LocalDate> dates = Stream.concat(rows.stream().filter(row -> !row.deadline() || !row.entry.date().isAfter(today))
                    .flatMap(Row::dates), Stream.of(today)).toList();
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
                svg.append("<line x1=\"").append(x).append("\" y1=\"").append(AXIS + 4).append("\" x2=\"").append(x)
                        .append("\" y2=\"").append(height).append("\" stroke=\"#ddd\"/>");
                if (x + YEAR_LABEL < RIGHT) {
                    svg.append("<text x=\"").append(x + 3).append("\" y=\"").append(AXIS).append("\" fill=\"#999\">")
                            .append(year.getYear()).append("</text>");
                }
            }
            svg.append("<text x=\"").append(LEFT).append("\" y=\"").append(AXIS).append("\" text-anchor=\"end\">").append(first)
                    .append("</text><text x=\"").append(RIGHT).append("\" y=\"").append(AXIS).append("\">").append(last).append("</text>");
        }
    }

    /** A timeline's heading, or one of its entries. */
    private record Row(String heading, TimelineEntry entry) {

        Stream<LocalDate> dates() {
            return entry == null ? Stream.empty() : Stream.of(entry.date(), entry.plannedDate()).filter(date -> date != null);
        }

        boolean deadline() {
            return entry != null && Boolean.TRUE.equals(entry.deadline());
        }

        /** A step dated after {@code today} (recorded ahead of its day: a contract's start, a revision in force) is to come. */
        void draw(StringBuilder svg, int y, Axis axis, LocalDate today) {
            if (entry == null) {
                svg.append("<text x=\"10\" y=\"").append(y + 4).append("\" font-weight=\"bold\">").append(XmlText.of(heading))
                        .append("</text>");
                return;
            }
            String label = entry.date() + " · " + entry.summary();
            String late = deviation(entry.deviationDays());
            String whole = entry.plannedDate() == null ? label
                    : label + " (planned " + entry.plannedDate() + (late.isEmpty() ? "" : ", " + late) + ")";
            svg.append("<text x=\"10\" y=\"").append(y + 4).append("\">").append(XmlText.of(shortened(label)))
                    .append("<title>").append(XmlText.of(whole)).append("</title></text>");
            int actual = axis.x(entry.date());
            if (deadline()) {
                svg.append("<path d=\"M").append(actual).append(' ').append(y - 6).append(" l6 6 l-6 6 l-6 -6 z\" fill=\"")
                        .append(TimelineQueries.MISSED.equals(entry.type()) ? MISSED : LATE).append("\"/>");
                if (axis.beyond(entry.date())) {
                    svg.append("<text x=\"").append(actual + 10).append("\" y=\"").append(y + 4).append("\" fill=\"")
                            .append(LATE).append("\">→ ").append(entry.date()).append("</text>");
                }
                return;
            }
            if (entry.plannedDate() != null) {
                int planned = axis.x(entry.plannedDate());
                String colour = entry.deviationDays() != null && entry.deviationDays() > 0 ? LATE : EARLY;
                svg.append("<line x1=\"").append(Math.min(planned, actual)).append("\" y1=\"").append(y)
                        .append("\" x2=\"").append(Math.max(planned, actual)).append("\" y2=\"").append(y)
                        .append("\" stroke=\"").append(colour).append("\" stroke-width=\"4\"/><circle cx=\"").append(planned)
                        .append("\" cy=\"").append(y).append("\" r=\"4\" fill=\"white\" stroke=\"#333\"/>");
                if (!late.isEmpty()) {
                    svg.append("<text x=\"").append(Math.max(planned, actual) + 8).append("\" y=\"").append(y + 4)
                            .append("\" font-size=\"10\" fill=\"").append(colour).append("\">").append(late).append("</text>");
                }
            }
            svg.append("<circle cx=\"").append(actual).append("\" cy=\"").append(y).append("\" r=\"4\" fill=\"")
                    .append(entry.date().isAfter(today) ? TO_COME : "#333").append("\"/>");
        }
    }
}
