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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The events of many aggregates as recorded by an instant, read from the store together: for each stream, its events
 * from a given sequence number on, in sequence order, up to the first one recorded after the instant. A few queries
 * whatever the number of streams (one per distinct first sequence number and {@value InLists#SIZE} streams),
 * where reading them one by one took a few round trips each.
 */
@Component
public class RecordedStreams {

    /**
     * {@code time_stamp} is written by Axon as {@code yyyy-MM-ddTHH:mm:ss} followed by three to nine digits of the
     * second and {@code Z}. Compared as text with the next whole second after the instant, it keeps every event
     * recorded in or before the instant's second (the fixed-width prefix decides) and leaves out the later ones
     * without reading them; within that second, the instant itself decides, here.
     */
    private static final String SQL = """
            SELECT type, aggregate_identifier, sequence_number, event_identifier, time_stamp, payload_type,
                   payload_revision, payload, meta_data
            FROM domain_event_entry
            WHERE aggregate_identifier IN (:streams) AND sequence_number >= :first AND time_stamp < :beforeSecond
            ORDER BY aggregate_identifier, sequence_number""";

    private static final DateTimeFormatter WHOLE_SECOND = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

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
     * the first recorded after it, upcast and deserialised; a stream without any such event has none in the answer.
     */
    public Map<String, List<DomainEventMessage<?>>> upTo(Instant asOf, Map<String, Long> firstSequences) {
        String beforeSecond = WHOLE_SECOND.format(asOf.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1));
        Rows rows = new Rows(asOf, firstSequences);
        firstSequences.entrySet().stream()
                .collect(Collectors.groupingBy(Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toList())))
                .forEach((first, streams) -> InLists.of(streams).forEach(some -> jdbc.sql(SQL).param("streams", some)
                        .param("first", first).param("beforeSecond", beforeSecond)
                        .query(rows::add)));
        Map<String, List<DomainEventMessage<?>>> events = new HashMap<>();
        EventStreamUtils.upcastAndDeserializeDomainEvents(rows.kept.stream(), serializer, axon.getObject().upcasterChain())
                .asStream()
                .forEach(event -> events.computeIfAbsent(event.getAggregateIdentifier(), stream -> new ArrayList<>()).add(event));
        return events;
    }

    /**
     * The rows of each stream in sequence order as long as they follow on without a gap and were recorded by the
     * instant: a gap is an event left out as recorded after the instant's second, so the stream ends before it.
     */
    private static final class Rows {

        private final Instant asOf;
        private final Map<String, Long> next;
        private final List<DomainEventData<byte[]>> kept = new ArrayList<>();

        private Rows(Instant asOf, Map<String, Long> firstSequences) {
            this.asOf = asOf;
            this.next = new HashMap<>(firstSequences);
        }

        private void add(ResultSet row) throws SQLException {
            String stream = row.getString("aggregate_identifier");
            long sequence = row.getLong("sequence_number");
            Long expected = next.get(stream);
            String recordedAt = row.getString("time_stamp");
            if (expected == null || sequence != expected || Instant.parse(recordedAt).isAfter(asOf)) {
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
