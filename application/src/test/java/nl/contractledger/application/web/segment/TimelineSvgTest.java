package nl.contractledger.application.web.segment;

import nl.contractledger.projections.timeline.Timeline;
import nl.contractledger.projections.timeline.TimelineEntry;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineSvgTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final String HEADING = "Haaglanden, segment 1 \"Jeugdhulp met verblijf\"";

    @Test
    void givenSummariesWithDashesAccentsAndMarkup_whenTheTimelineIsDrawn_thenAnXmlParserReadsEverySummaryAsWritten() throws Exception {
        List<String> summaries = List.of(
                "COMMENT from Zorggroep Één — 't Höfke & Co on text version 1, received in time: <b>too low</b>",
                "Award decided to Jeugdhof \"Haaglanden\" for hgl-s1; standstill until 2026-06-25");
        Timeline timeline = new Timeline("hgl-s1", List.of(entry(LocalDate.of(2026, 2, 5), summaries.get(0))),
                List.of(entry(LocalDate.of(2026, 6, 5), summaries.get(1))));

        Document svg = parse(TimelineSvg.render(timeline, HEADING, TODAY));

        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(texts(svg, "title")).containsExactly("Timelines of " + HEADING,
                "2026-02-05 · " + summaries.get(0), "2026-06-05 · " + summaries.get(1));
        assertThat(texts(svg, "text")).contains(HEADING, "Tender timeline", "Revision timeline");
    }

    @Test
    void givenAControlCharacterAndAnEmojiAtTheCut_whenTheTimelineIsDrawn_thenThePictureStaysWellFormedXml() throws Exception {
        String summary = "a".repeat(51) + "\uD83D\uDE91 ambulance \u0001 bell";
        Timeline timeline = new Timeline("hgl-s1", List.of(entry(LocalDate.of(2026, 2, 5), summary)), List.of());

        Document svg = parse(TimelineSvg.render(timeline, HEADING, TODAY));

        assertThat(texts(svg, "title")).element(1).isEqualTo("2026-02-05 · " + "a".repeat(51) + "\uD83D\uDE91 ambulance \uFFFD bell");
        assertThat(TimelineSvg.shortened("2026-02-05 · " + summary))
                .as("66 characters, the emoji whole, the last an ellipsis")
                .isEqualTo("2026-02-05 · " + "a".repeat(51) + "\uD83D\uDE91…");
    }

    @Test
    void givenAContractEndingYearsAhead_whenTheTimelineIsDrawn_thenTheAxisEndsTodayAndTheEndStandsAtItsEdgeWithItsDate() throws Exception {
        TimelineEntry late = new TimelineEntry(LocalDate.of(2026, 6, 5), Instant.parse("2026-06-05T08:00:00Z"), "AwardDecided",
                "hgl-2027-s1", "procurement", "Award decided", LocalDate.of(2026, 6, 1), 4L, null);
        TimelineEntry end = new TimelineEntry(LocalDate.of(2032, 12, 31), null, "Deadline", "hgl-c1", null, "Contract ends", null,
                null, true);
        Timeline timeline = new Timeline("hgl-s1", List.of(entry(LocalDate.of(2025, 12, 5), "Tender planned"), late, end), List.of());

        Document svg = parse(TimelineSvg.render(timeline, HEADING, TODAY));

        assertThat(texts(svg, "text")).contains("2025-12-05", "2026", "2026-12-05", "→ 2032-12-31", "4 days late")
                .doesNotContain("2032-12-31");
        assertThat(texts(svg, "title")).contains("2026-06-05 · Award decided (planned 2026-06-01, 4 days late)");
        Element bar = plotted(svg, "line").stream().filter(line -> line.getAttribute("stroke-width").equals("4")).findFirst().orElseThrow();
        assertThat(bar.getAttribute("stroke")).as("late: red").isEqualTo("#c00");
        int days = Integer.parseInt(bar.getAttribute("x2")) - Integer.parseInt(bar.getAttribute("x1"));
        assertThat(days).as("four days of a year across 640 pixels").isBetween(6, 8);
        Element diamond = plotted(svg, "path").get(0);
        assertThat(diamond.getAttribute("d")).as("at the right edge of the axis").startsWith("M1080 ");
    }

    @Test
    void givenAReadyByDateMissedBeforeTheFirstStep_whenTheTimelineIsDrawn_thenItsDiamondStandsOnTheAxisWhereItsDayIs() throws Exception {
        TimelineEntry missed = new TimelineEntry(LocalDate.of(2026, 7, 1), null, "DeadlineMissed", "rev-1", null,
                "Revision must be final (ready-by date) — missed: not final yet", null, null, true);
        Timeline timeline = new Timeline("hgl-s2", List.of(), List.of(missed, entry(LocalDate.of(2026, 9, 1), "Text presented")));

        Document svg = parse(TimelineSvg.render(timeline, HEADING, TODAY));

        assertThat(texts(svg, "text")).as("the axis starts on the missed day").contains("2026-07-01", "2026-12-05")
                .doesNotContain("→ 2026-07-01");
        Element diamond = plotted(svg, "path").get(0);
        assertThat(diamond.getAttribute("d")).as("at the left end of the axis").startsWith("M" + TimelineSvg.LEFT + " ");
        assertThat(diamond.getAttribute("fill")).as("dark red: missed, not to come").isEqualTo("#600");
    }

    @Test
    void givenAStepBeforeItsPlanAndAnAxisEndingOnNewYearsDay_whenTheTimelineIsDrawn_thenAGreenBarSaysHowEarlyAndNoYearRunsIntoTheEnd()
            throws Exception {
        TimelineEntry early = new TimelineEntry(LocalDate.of(2026, 5, 28), Instant.parse("2026-05-28T08:00:00Z"),
                "RevisionFinalised", "hgl-rev-2027-1", "legal", "Revision finalised", LocalDate.of(2026, 7, 1), -34L, null);
        TimelineEntry revised = entry(LocalDate.of(2027, 1, 1), "Contract revised");
        Timeline timeline = new Timeline("hgl-s2", List.of(), List.of(entry(LocalDate.of(2025, 9, 15), "Revision opened"), early, revised));

        Document svg = parse(TimelineSvg.render(timeline, HEADING, TODAY));

        assertThat(texts(svg, "text")).contains("Tender timeline: no entries", "Revision timeline", "34 days early",
                "2026", "2027-01-01").doesNotContain("2027");
        Element bar = plotted(svg, "line").stream().filter(line -> line.getAttribute("stroke-width").equals("4")).findFirst().orElseThrow();
        assertThat(bar.getAttribute("stroke")).as("early: green").isEqualTo("#080");
        assertThat(plotted(svg, "line").stream().map(line -> line.getAttribute("x1")))
                .as("the year 2027 still has its line, at the axis' end").contains("1080");
    }

    @Test
    void givenAContractStartRecordedAheadOfItsDay_whenTheTimelineIsDrawn_thenItsDotIsGreyUntilItComesAndTheLegendSaysSo()
            throws Exception {
        TimelineEntry start = new TimelineEntry(LocalDate.of(2027, 1, 1), Instant.parse("2026-07-01T08:00:00Z"), "ContractStart",
                "hgl-c1", "procurement", "Contract hgl-c1 starts", LocalDate.of(2027, 1, 1), 0L, null);
        Timeline timeline = new Timeline("hgl-s1", List.of(entry(LocalDate.of(2026, 6, 26), "Tender awarded"), start), List.of());

        Document before = parse(TimelineSvg.render(timeline, HEADING, TODAY));
        Document onTheDay = parse(TimelineSvg.render(timeline, HEADING, LocalDate.of(2027, 1, 1)));

        assertThat(dotFills(before)).as("the award done, the start to come").containsExactly("#333", "#aaa");
        assertThat(dotFills(onTheDay)).as("on its day it has come").containsExactly("#333", "#333");
        assertThat(texts(before, "text")).contains("to come");
    }

    /** The fills of the steps' dots, in the order of the rows (not the planned dates' white rings). */
    private static List<String> dotFills(Document svg) {
        return plotted(svg, "circle").stream().map(circle -> circle.getAttribute("fill"))
                .filter(fill -> !fill.equals("white")).toList();
    }

    @Test
    void givenDeviations_whenWrittenBesideTheirBars_thenTheyReadInDaysLateOrEarly() {
        assertThat(TimelineSvg.deviation(4L)).isEqualTo("4 days late");
        assertThat(TimelineSvg.deviation(1L)).isEqualTo("1 day late");
        assertThat(TimelineSvg.deviation(-1L)).isEqualTo("1 day early");
        assertThat(TimelineSvg.deviation(-34L)).isEqualTo("34 days early");
        assertThat(TimelineSvg.deviation(0L)).isEmpty();
        assertThat(TimelineSvg.deviation(null)).isEmpty();
    }

    private static TimelineEntry entry(LocalDate date, String summary) {
        return new TimelineEntry(date, Instant.parse("2026-07-01T08:00:00Z"), "ProviderResponseReceived", "hgl-rev-2027-1",
                "legal", summary, null, null, null);
    }

    /** Parsed as a browser parses an SVG: as XML, which stops at the first entity it does not know. */
    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    /** The elements of the tag drawn on the plot, not in the legend: the picture's own children. */
    private static List<Element> plotted(Document svg, String tag) {
        NodeList elements = svg.getElementsByTagName(tag);
        List<Element> plotted = new ArrayList<>();
        for (int i = 0; i < elements.getLength(); i++) {
            if (elements.item(i).getParentNode() == svg.getDocumentElement()) {
                plotted.add((Element) elements.item(i));
            }
        }
        return plotted;
    }

    /** The text of every element of the tag, in document order. */
    private static List<String> texts(Document svg, String tag) {
        NodeList elements = svg.getElementsByTagName(tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < elements.getLength(); i++) {
            texts.add(elements.item(i).getTextContent());
        }
        return texts;
    }
}
