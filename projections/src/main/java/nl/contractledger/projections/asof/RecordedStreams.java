package nl.contractledger.projections.asof;

import nl.contractledger.projections.InLists;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The events of many aggregates as recorded by an instant, read from the store together: for each stream, its events
 * from a given sequence number on, in sequence order, up to the first one recorded after the instant. One query per
 * {@value InLists#SIZE} streams, where reading them one by one took a few round trips each.
 */
@Component
public class RecordedStreams {

    /**
     * Each stream joined with its events from its own first sequence number on (a list of values, so that streams
     * starting anywhere share one query); the events after the instant's whole second left out by their recording
     * time as text ({@link RecordedBy}).
     */
    private static final String SQL = """
            SELECT e.type, e.aggregate_identifier, e.sequence_number, e.event_identifier, e.time_stamp, e.payload_type,
                   e.payload_revision, e.payload, e.meta_data
            FROM (VALUES %s) AS s (stream, first_sequence)
            JOIN domain_event_entry e ON e.aggregate_identifier = s.stream AND e.sequence_number >= s.first_sequence
            %s
            ORDER BY e.aggregate_identifier, e.sequence_number""";
    private static final String RECORDED_BEFORE_SECOND = "WHERE e.time_stamp < ?";
    private static final String STREAM = "(CAST(? AS VARCHAR(255)), CAST(? AS BIGINT))";

    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final ObjectProvider<org.axonframework.config.Configuration> axon;

    public RecordedStreams(JdbcClient jdbc, @Qualifier("eventSerializer") Serializer serializer,
                          ObjectProvider<org.axonframework.config.Configuration> axon) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.axon = axon;
    }

    /**
     * By stream key, the stream's events from its first sequence number on that were recorded by the instant, up to
     * the first recorded after it (every one recorded when {@code asOf} is null), upcast and deserialised; a stream
     * without any such event has none in the answer.
     */
    public Map<String, List<DomainEventMessage<?>>> upTo(Instant asOf, Map<String, Long> firstSequences) {
        RecordedBy recordedBy = asOf == null ? null : new RecordedBy(asOf);
        Rows rows = new Rows(recordedBy, firstSequences);
        for (List<Map.Entry<String, Long>> some : InLists.of(firstSequences.entrySet())) {
            List<Object> params = new ArrayList<>();
            some.forEach(stream -> {
                params.add(stream.getKey());
                params.add(stream.getValue());
            });
            if (recordedBy != null) {
                params.add(recordedBy.beforeSecond());
            }
            jdbc.sql(SQL.formatted(String.join(", ", Collections.nCopies(some.size(), STREAM)),
                    recordedBy == null ? "" : RECORDED_BEFORE_SECOND)).params(params).query(rows::add);
        }
        Map<String, List<DomainEventMessage<?>>> events = new HashMap<>();
        EventStreamUtils.upcastAndDeserializeDomainEvents(rows.kept.stream(), serializer, axon.getObject().upcasterChain())
                .asStream()
                .forEach(event -> events.computeIfAbsent(event.getAggregateIdentifier(), stream -> new ArrayList<>()).add(event));
        return events;
    }

    /**
     * The rows of each stream in sequence order as long as they follow on without a gap and were recorded by the
     * instant (every row, without one): a gap is an event left out as recorded after the instant's second, so the
     * stream ends before it.
     */
    private static final class Rows {

        private final RecordedBy recordedBy;
        private final Map<String, Long> next;
        private final List<DomainEventData<byte[]>> kept = new ArrayList<>();

        private Rows(RecordedBy recordedBy, Map<String, Long> firstSequences) {
            this.recordedBy = recordedBy;
            this.next = new HashMap<>(firstSequences);
        }

        private void add(ResultSet row) throws SQLException {
            String stream = row.getString("aggregate_identifier");
            long sequence = row.getLong("sequence_number");
            Long expected = next.get(stream);
            String recordedAt = row.getString("time_stamp");
            if (expected == null || sequence != expected || (recordedBy != null && !recordedBy.includes(recordedAt))) {
                next.remove(stream);
                return;
            }
            next.put(stream, sequence + 1);
            kept.add(new GenericDomainEventEntry<>(row.getString("type"), stream, sequence,
                    row.getString("event_identifier"), recordedAt, row.getString("payload_type"),
                    row.getString("payload_revision"), row.getBytes("payload"), row.getBytes("meta_data")));
        }
    }
}
