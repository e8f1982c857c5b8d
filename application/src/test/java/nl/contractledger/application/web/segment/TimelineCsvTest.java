package nl.contractledger.application.web.segment;

import nl.contractledger.projections.timeline.Timeline;
import nl.contractledger.projections.timeline.TimelineEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineCsvTest {

    static Stream<Arguments> hostileCells() {
        return Stream.of(
                Arguments.of("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\""),
                Arguments.of("+1+1", "'+1+1"),
                Arguments.of("-2", "'-2"),
                Arguments.of("@SUM(A1)", "'@SUM(A1)"),
                Arguments.of("plain text", "plain text"),
                Arguments.of("a, b", "\"a, b\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileCells")
    void givenAHostileSummary_whenWrittenAsCsv_thenASpreadsheetCannotRunIt(String summary, String written) {
        assertThat(TimelineCsv.cell(summary)).isEqualTo(written);
    }

    @Test
    void givenANegativeDeviation_whenWritten_thenTheNumberStaysANumber() {
        assertThat(TimelineCsv.cell(-3L)).isEqualTo("-3");
    }

    @Test
    void givenATimeline_whenRendered_thenEachEntryIsOneRowUnderTheHeader() {
        Timeline timeline = new Timeline("hgl-s1", List.of(new TimelineEntry(LocalDate.of(2026, 6, 11),
                Instant.parse("2026-06-11T09:30:00Z"), "AwardDecided", "hgl-2027-s1", "procurement", "=cmd",
                LocalDate.of(2026, 6, 1), 10L, null)), null);

        assertThat(TimelineCsv.render(timeline).split("\r\n")).containsExactly(
                "timeline,date,recordedAt,type,aggregateId,actor,summary,plannedDate,deviationDays,deadline",
                "tender,2026-06-11,2026-06-11T09:30:00Z,AwardDecided,hgl-2027-s1,procurement,'=cmd,2026-06-01,10,");
    }
}
