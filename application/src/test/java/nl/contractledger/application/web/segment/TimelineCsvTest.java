package nl.contractledger.application.web.segment;

import nl.contractledger.projections.timeline.Timeline;
import nl.contractledger.projections.timeline.TimelineEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineCsvTest {

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
