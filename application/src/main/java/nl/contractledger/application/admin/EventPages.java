package nl.contractledger.application.admin;

import nl.contractledger.projections.Positions;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The event store read page by page in the order of the global index, as the processors see it: each
 * event upcast and deserialised, with a gap-aware token that remembers the positions it skipped while
 * their transactions were still committing. Each page first reads those positions again, so an event
 * committed late comes before the events its writer wrote after it (a document that keeps the last
 * sequence number it applied would otherwise skip it for good), and carries its own position, since its
 * token is a later event's. What is still missing at the end is handled by the processor, from the token.
 */
@Component
class EventPages {

    private static final int MAX_GAP_OFFSET = 10_000;

    /**
     * Positions skipped before an event recorded this long before the page was read are not remembered: no
     * command's transaction stays open that long, so they are numbers a rolled-back transaction used (as
     * Axon's own gap timeout assumes). Without this, every page of a rebuild would ask for them again.
     */
    static final Duration SETTLED = Duration.ofSeconds(60);

    private static final String COLUMNS = "SELECT global_index, type, aggregate_identifier, sequence_number, "
            + "event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data FROM domain_event_entry ";

    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final EventUpcaster upcasters;

    EventPages(JdbcClient jdbc, @Qualifier("eventSerializer") Serializer serializer,
               org.axonframework.config.Configuration axon) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.upcasters = axon.upcasterChain();
    }

    /**
     * The events committed since in the token's gaps, then at most {@code size} events after it (from the
     * first when null); empty at the head. The events that will be handled are deserialised here, their
     * recording time parsed too, on the reader's thread, instead of by the first read model that handles
     * them; the others only when something asks.
     */
    List<TrackedEventMessage<?>> after(GapAwareTrackingToken token, int size, Predicate<TrackedEventMessage<?>> handled) {
        Page page = new Page(token, Instant.now().minus(SETTLED));
        if (token != null && !token.getGaps().isEmpty()) {
            jdbc.sql(COLUMNS + "WHERE global_index IN (:gaps) ORDER BY global_index")
                    .param("gaps", List.copyOf(token.getGaps())).query(page::add).list();
        }
        jdbc.sql(COLUMNS + "WHERE global_index > :after ORDER BY global_index FETCH FIRST :size ROWS ONLY")
                .param("after", token == null ? 0 : token.getIndex()).param("size", size).query(page::add).list();
        List<TrackedEventMessage<?>> events = EventUtils.upcastAndDeserializeTrackedEvents(page.rows.stream(), serializer, upcasters)
                .<TrackedEventMessage<?>>map(page::positioned).toList();
        events.stream().filter(handled).forEach(event -> {
            event.getPayload();
            event.getMetaData();
            event.getTimestamp();
        });
        return events;
    }

    /**
     * The token at the event at the position, recorded at the instant given ({@code time_stamp}): the
     * positions it skips become gaps, unless the event was recorded before {@code settled}.
     */
    static GapAwareTrackingToken advance(GapAwareTrackingToken token, long position, String recordedAt, Instant settled) {
        if (token == null) {
            return GapAwareTrackingToken.newInstance(position, List.of());
        }
        GapAwareTrackingToken advanced = token.advanceTo(position, MAX_GAP_OFFSET);
        boolean skipped = position > token.getIndex() + 1;
        return skipped && Instant.parse(recordedAt).isBefore(settled) ? advanced.withGapsTruncatedAt(position) : advanced;
    }

    /** The rows of one page, each with the token reached at it. */
    private static final class Page {

        private final List<TrackedDomainEventData<byte[]>> rows = new ArrayList<>();
        /** The events read again in a gap, by identifier, with their own positions. */
        private final Map<String, Long> readAgain = new HashMap<>();
        private final Instant settled;
        private GapAwareTrackingToken reached;

        private Page(GapAwareTrackingToken token, Instant settled) {
            this.reached = token;
            this.settled = settled;
        }

        private long add(ResultSet row, int index) throws SQLException {
            long position = row.getLong("global_index");
            String identifier = row.getString("event_identifier");
            String recordedAt = row.getString("time_stamp");
            reached = advance(reached, position, recordedAt, settled);
            if (position != reached.getIndex()) {
                readAgain.put(identifier, position);
            }
            rows.add(new TrackedDomainEventData<>(reached, new GenericDomainEventEntry<>(row.getString("type"),
                    row.getString("aggregate_identifier"), row.getLong("sequence_number"), identifier, recordedAt,
                    row.getString("payload_type"), row.getString("payload_revision"), row.getBytes("payload"),
                    row.getBytes("meta_data"))));
            return position;
        }

        private TrackedEventMessage<?> positioned(TrackedEventMessage<?> event) {
            Long position = readAgain.isEmpty() ? null : readAgain.get(event.getIdentifier());
            return position == null ? event : (TrackedEventMessage<?>) event.andMetaData(Map.of(Positions.KEY, position));
        }
    }
}
