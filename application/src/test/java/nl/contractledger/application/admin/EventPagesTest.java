package nl.contractledger.application.admin;

import nl.contractledger.application.support.ApiTest;
import nl.contractledger.projections.Positions;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild reads the store a page at a time. A position its token passed while the event there was still
 * committing is a gap; the next page reads it again, so a late event comes before the events written after it.
 */
class EventPagesTest extends ApiTest {

    @Autowired
    private EventPages pages;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void givenATokenWithGaps_whenTheNextPageIsRead_thenTheEventsCommittedInTheGapsComeFirstWithTheirOwnPositions() {
        List<Long> positions = threeEvents(unique("gaps"));
        GapAwareTrackingToken passed = GapAwareTrackingToken.newInstance(positions.get(2), List.of(positions.get(0), positions.get(1)));

        List<TrackedEventMessage<?>> page = pages.after(passed, 2, event -> true);

        assertThat(page).extracting(TrackedEventMessage::getIdentifier)
                .containsExactly(identifierAt(positions.get(0)), identifierAt(positions.get(1)));
        assertThat(page).as("each read again carries its own position, not its token's")
                .extracting(Positions::of).containsExactly(positions.get(0), positions.get(1));
        GapAwareTrackingToken reached = (GapAwareTrackingToken) page.get(1).trackingToken();
        assertThat(reached.getIndex()).isEqualTo(positions.get(2));
        assertThat(reached.getGaps()).isEmpty();
    }

    @Test
    void givenATokenWithoutGaps_whenTheNextPageIsRead_thenItStartsAfterTheToken() {
        List<Long> positions = threeEvents(unique("nogaps"));

        List<TrackedEventMessage<?>> page = pages.after(GapAwareTrackingToken.newInstance(positions.get(0), List.of()), 1,
                event -> true);

        assertThat(page).extracting(TrackedEventMessage::getIdentifier).containsExactly(identifierAt(positions.get(1)));
        assertThat(Positions.of(page.get(0))).isEqualTo(positions.get(1));
    }

    @Test
    void givenAnEventRecordedMomentsAgo_whenTheTokenSkipsPositionsToIt_thenTheyAreGapsStillToBeReadAgain() {
        Instant now = Instant.parse("2026-12-05T12:00:00Z");

        GapAwareTrackingToken reached = EventPages.advance(GapAwareTrackingToken.newInstance(10, List.of(7L)), 13,
                "2026-12-05T11:59:30.123Z", now.minus(EventPages.SETTLED));

        assertThat(reached.getIndex()).isEqualTo(13);
        assertThat(reached.getGaps()).containsExactly(7L, 11L, 12L);
    }

    @Test
    void givenAnEventRecordedLongAgo_whenTheTokenSkipsPositionsToIt_thenNoGapIsKeptBelowIt() {
        Instant now = Instant.parse("2026-12-05T12:00:00Z");

        GapAwareTrackingToken reached = EventPages.advance(GapAwareTrackingToken.newInstance(10, List.of(7L)), 13,
                "2026-12-05T11:58:59Z", now.minus(EventPages.SETTLED));

        assertThat(reached.getIndex()).isEqualTo(13);
        assertThat(reached.getGaps()).as("numbers used by transactions rolled back long ago").isEmpty();
        assertThat(EventPages.advance(reached, 14, "2026-12-05T11:58:59Z", now.minus(EventPages.SETTLED)).getGaps())
                .as("the next position skips nothing").isEmpty();
    }

    /** A region and two segments: the positions of their three events. */
    private List<Long> threeEvents(String region) {
        var procurement = api.as("procurement");
        long created = procurement.post("/api/regions", "{\"id\": \"%s\", \"name\": \"R\", \"municipalities\": [\"Delft\"]}"
                .formatted(region)).position();
        long first = segment(procurement, region, 1);
        long second = segment(procurement, region, 2);
        assertThat(List.of(created, first, second)).isSorted().doesNotHaveDuplicates();
        return List.of(created, first, second);
    }

    private static long segment(nl.contractledger.application.support.ApiClient.Call procurement, String region, int number) {
        return procurement.post("/api/regions/" + region + "/segments", ("{\"id\": \"%s-s%d\", \"number\": %d, \"name\": \"S\", "
                + "\"procurementForm\": \"OPEN_HOUSE\", \"fundingForm\": \"EFFORT_BASED\"}").formatted(region, number, number)).position();
    }

    private String identifierAt(long position) {
        return jdbc.sql("SELECT event_identifier FROM domain_event_entry WHERE global_index = :position")
                .param("position", position).query(String.class).single();
    }
}
