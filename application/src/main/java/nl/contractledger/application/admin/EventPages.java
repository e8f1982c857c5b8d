package nl.contractledger.application.admin;

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

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The event store read page by page in the order of the global index, as the processors see it: each
 * event upcast and deserialised, with a gap-aware token that remembers the positions it skipped, so a
 * transaction still committing when the rebuild passed it is handled later by the processor.
 */
@Component
class EventPages {

    private static final int MAX_GAP_OFFSET = 10_000;

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
     * The events after the token (from the first when null), at most {@code size}; empty at the head. The
     * events that will be handled are deserialised here, their recording time parsed too, on the reader's
     * thread, instead of by the first read model that handles them; the others only when something asks.
     */
    List<TrackedEventMessage<?>> after(GapAwareTrackingToken token, int size, Predicate<TrackedEventMessage<?>> handled) {
        long after = token == null ? 0 : token.getIndex();
        List<TrackedDomainEventData<byte[]>> rows = new ArrayList<>(size);
        GapAwareTrackingToken[] current = {token};
        jdbc.sql("""
                        SELECT global_index, type, aggregate_identifier, sequence_number, event_identifier, time_stamp,
                               payload_type, payload_revision, payload, meta_data
                        FROM domain_event_entry WHERE global_index > :after ORDER BY global_index
                        FETCH FIRST :size ROWS ONLY""")
                .param("after", after).param("size", size)
                .query((row, index) -> {
                    long position = row.getLong("global_index");
                    current[0] = current[0] == null ? GapAwareTrackingToken.newInstance(position, List.of())
                            : current[0].advanceTo(position, MAX_GAP_OFFSET);
                    rows.add(new TrackedDomainEventData<>(current[0], new GenericDomainEventEntry<>(row.getString("type"),
                            row.getString("aggregate_identifier"), row.getLong("sequence_number"),
                            row.getString("event_identifier"), row.getString("time_stamp"), row.getString("payload_type"),
                            row.getString("payload_revision"), row.getBytes("payload"), row.getBytes("meta_data"))));
                    return position;
                })
                .list();
        List<TrackedEventMessage<?>> page = EventUtils.upcastAndDeserializeTrackedEvents(rows.stream(), serializer, upcasters).toList();
        page.stream().filter(handled).forEach(event -> {
            event.getPayload();
            event.getMetaData();
            event.getTimestamp();
        });
        return page;
    }
}
