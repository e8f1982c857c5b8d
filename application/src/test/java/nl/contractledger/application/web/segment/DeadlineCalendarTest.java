package nl.contractledger.application.web.segment;

import nl.contractledger.application.web.segment.RegionDeadlinesController.Deadline;
import nl.contractledger.application.web.segment.RegionDeadlinesController.RegionDeadlines;
import nl.contractledger.application.web.segment.RegionDeadlinesController.SegmentOf;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineCalendarTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final Reminders DEFAULT_REMINDERS = Reminders.parse(Reminders.DEFAULT);
    private static final SegmentOf SEGMENT = new SegmentOf("hr-s2", 2, "Jeugd-GGZ, ambulant; specialistisch");

    @Test
    void givenADeadlineToComeAndOneMissed_whenWrittenAsACalendar_thenEachIsAnAllDayEventAndOnlyTheOneToComeHasReminders() {
        String calendar = DeadlineCalendar.of(deadlines(
                deadline(LocalDate.of(2026, 12, 16), false, "Responses to text version 1 due"),
                deadline(LocalDate.of(2026, 7, 1), true, "Revision must be final (ready-by date) — missed: not final yet")),
                DEFAULT_REMINDERS, Instant.parse("2026-12-06T09:15:30.123Z"));

        List<String> lines = unfolded(calendar);
        assertThat(lines.get(0)).isEqualTo("BEGIN:VCALENDAR");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("END:VCALENDAR");
        assertThat(lines).filteredOn(line -> line.equals("BEGIN:VEVENT")).hasSize(2);
        assertThat(lines).contains("DTSTART;VALUE=DATE:20261216", "DTEND;VALUE=DATE:20261217",
                "DTSTART;VALUE=DATE:20260701", "DTSTAMP:20261206T091530Z", "CATEGORIES:DeadlineMissed",
                "SUMMARY:Responses to text version 1 due (hr-rev)");
        assertThat(lines).filteredOn(line -> line.startsWith("TRIGGER:")).containsExactly("TRIGGER:-P7D", "TRIGGER:-P1D");
        assertThat(lines).filteredOn(line -> line.startsWith("DESCRIPTION:Responses") && line.contains("Timelines")).singleElement().asString()
                .endsWith("due\\n10 day(s) left\\nTimelines: revision\\nSegments: 2 Jeugd-GGZ\\, ambulant\\; specialistisch (hr-s2)");
        assertThat(lines).filteredOn(line -> line.startsWith("DESCRIPTION:Revision must") && line.contains("Timelines")).singleElement().asString()
                .contains("\\nMissed 158 day(s) ago\\n");
    }

    @Test
    void givenRemindersAsked_whenWritten_thenEachDeadlineToComeHasThemEarliestFirstAndNoneWhenNoneAreAsked() {
        Deadline toCome = deadline(LocalDate.of(2026, 12, 16), false, "Standstill ends");

        assertThat(unfolded(DeadlineCalendar.of(deadlines(toCome), Reminders.parse(" 1, 14,7,14"), Instant.EPOCH)))
                .filteredOn(line -> line.startsWith("TRIGGER:")).containsExactly("TRIGGER:-P14D", "TRIGGER:-P7D", "TRIGGER:-P1D");
        assertThat(unfolded(DeadlineCalendar.of(deadlines(toCome), Reminders.parse(""), Instant.EPOCH)))
                .noneMatch(line -> line.startsWith("TRIGGER:") || line.equals("BEGIN:VALARM"));
        assertThat(Reminders.parse("0").triggers()).containsExactly("-P0D");
    }

    @Test
    void givenTheSameDeadlineTwice_whenWritten_thenItsUidIsTheSameAndAnotherDeadlinesIsNot() {
        String first = uid(DeadlineCalendar.of(deadlines(deadline(TODAY, false, "Standstill ends")), DEFAULT_REMINDERS, Instant.EPOCH));
        String again = uid(DeadlineCalendar.of(deadlines(deadline(TODAY, false, "Standstill ends")), DEFAULT_REMINDERS, Instant.now()));
        String other = uid(DeadlineCalendar.of(deadlines(deadline(TODAY.plusDays(1), false, "Standstill ends")), DEFAULT_REMINDERS, Instant.EPOCH));
        assertThat(first).isEqualTo(again).isNotEqualTo(other).endsWith("@contract-ledger");
    }

    @Test
    void givenLongTextWithMultiByteCharacters_whenWritten_thenNoLineIsLongerThan75OctetsAndUnfoldingGivesItBack() {
        String summary = "Contract \"Overeenkomst jeugdhulp — specialistische zorg, crisisopvang en verblijf 2027–2032\" ends ".repeat(3);
        String calendar = DeadlineCalendar.of(deadlines(deadline(TODAY, false, summary)), DEFAULT_REMINDERS, Instant.EPOCH);

        assertThat(calendar).endsWith("\r\n");
        assertThat(calendar.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : calendar.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(unfolded(calendar)).contains("SUMMARY:" + DeadlineCalendar.text(summary + " (hr-rev)"));
    }

    @Test
    void givenRecordedTextWithControlCharactersAndSeparators_whenMadeAText_thenTheyAreEscapedOrReplaced() {
        assertThat(DeadlineCalendar.text("a\\b;c,d\ne\r\nf\u0007g\th")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\uFFFDg\th");
    }

    private static String uid(String calendar) {
        return unfolded(calendar).stream().filter(line -> line.startsWith("UID:")).findFirst().orElseThrow();
    }

    /** The content lines, folded lines joined again (RFC 5545, 3.1). */
    private static List<String> unfolded(String calendar) {
        List<String> lines = new ArrayList<>();
        for (String line : calendar.split("\r\n")) {
            if (line.startsWith(" ")) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + line.substring(1));
            } else {
                lines.add(line);
            }
        }
        return lines;
    }

    private static RegionDeadlines deadlines(Deadline... deadlines) {
        return new RegionDeadlines("hr", "Holland Rijnland", TODAY, TODAY.plusDays(30), List.of(deadlines));
    }

    private static Deadline deadline(LocalDate date, boolean missed, String summary) {
        return new Deadline(date, java.time.temporal.ChronoUnit.DAYS.between(TODAY, date), missed,
                missed ? "DeadlineMissed" : "Deadline", "hr-rev", summary, List.of("revision"), List.of(SEGMENT));
    }
}
