package nl.contractledger.projections.history;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every event of one aggregate, read straight from the event store in sequence order: the record
 * itself, not a copy that could drift from it, with the seal the audit trail gave it.
 */
@Component
public class EventHistory {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = """
            e.global_index, e.aggregate_identifier, e.type, e.sequence_number, e.payload_type, e.payload_revision,
            e.time_stamp, e.payload, e.meta_data, s.hash AS seal""";
    /** Each event's link in the audit trail's hash chain, if it is sealed yet. */
    private static final String SEALS = "LEFT JOIN event_seal s ON s.position = e.global_index";

    private final JdbcClient jdbc;

    public EventHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The events of the stream with the given key (e.g. {@code region:haaglanden}), oldest first. */
    public List<HistoryEntry> of(String streamKey) {
        return jdbc.sql("""
                        SELECT %s FROM domain_event_entry e %s
                        WHERE e.aggregate_identifier = :stream ORDER BY e.sequence_number""".formatted(COLUMNS, SEALS))
                .param("stream", streamKey)
                .query((row, index) -> entry(row))
                .list();
    }

    /** Every event of every aggregate after a global position, in global order: the audit feed. */
    public List<HistoryEntry> after(long position, int limit) {
        return jdbc.sql("""
                        SELECT %s FROM domain_event_entry e %s
                        WHERE e.global_index > :position ORDER BY e.global_index
                        FETCH FIRST :limit ROWS ONLY""".formatted(COLUMNS, SEALS))
                .param("position", position).param("limit", limit)
                .query((row, index) -> entry(row))
                .list();
    }

    /**
     * The events of the streams after a global position, in global order, at most {@code limit}: their positions
     * first, from the stream index alone, then only those rows whole (sorting the whole rows of every event after
     * the position took twice as long on a segment of 30,000 events).
     */
    public List<HistoryEntry> ofStreams(Collection<String> streamKeys, long position, int limit) {
        return jdbc.sql("""
                        SELECT %s FROM (
                            SELECT global_index FROM domain_event_entry
                            WHERE aggregate_identifier IN (:streams) AND global_index > :position
                            ORDER BY global_index FETCH FIRST :limit ROWS ONLY
                        ) p JOIN domain_event_entry e ON e.global_index = p.global_index %s
                        ORDER BY e.global_index""".formatted(COLUMNS, SEALS))
                .param("streams", streamKeys).param("position", position).param("limit", limit)
                .query((row, index) -> entry(row))
                .list();
    }

    /** The payloads of the streams' first events, by stream key. */
    public Map<String, JsonNode> firstPayloads(Collection<String> streamKeys) {
        Map<String, JsonNode> payloads = new HashMap<>();
        if (!streamKeys.isEmpty()) {
            jdbc.sql("SELECT aggregate_identifier, payload FROM domain_event_entry WHERE aggregate_identifier IN (:streams) AND sequence_number = 0")
                    .param("streams", streamKeys)
                    .query(row -> {
                        payloads.put(row.getString("aggregate_identifier"), JSON.readTree(row.getBytes("payload")));
                    });
        }
        return payloads;
    }

    /**
     * Where each event of the stream stands in the store and its seal (null until it is sealed), by sequence
     * number: read after the events themselves, so that every event read is found here.
     */
    public Map<Long, Sealed> seals(String streamKey) {
        Map<Long, Sealed> seals = new HashMap<>();
        jdbc.sql("""
                        SELECT e.sequence_number, e.global_index, s.hash AS seal FROM domain_event_entry e %s
                        WHERE e.aggregate_identifier = :stream""".formatted(SEALS))
                .param("stream", streamKey)
                .query(row -> {
                    seals.put(row.getLong("sequence_number"), new Sealed(row.getLong("global_index"), row.getString("seal")));
                });
        return seals;
    }

    /** Where the stream's event with the sequence number stands in the store, and its seal; empty when there is none. */
    public Optional<Sealed> sealOf(String streamKey, long sequence) {
        return jdbc.sql("""
                        SELECT e.global_index, s.hash AS seal FROM domain_event_entry e %s
                        WHERE e.aggregate_identifier = :stream AND e.sequence_number = :sequence""".formatted(SEALS))
                .param("stream", streamKey).param("sequence", sequence)
                .query((row, index) -> new Sealed(row.getLong("global_index"), row.getString("seal")))
                .optional();
    }

    /** An event's global position in the store and its link in the audit trail's hash chain, if sealed yet. */
    public record Sealed(long position, String seal) {
    }

    private static HistoryEntry entry(ResultSet row) throws SQLException {
        JsonNode metaData = row.getBytes("meta_data") == null ? JSON.createObjectNode()
                : JSON.readTree(row.getBytes("meta_data"));
        String payloadType = row.getString("payload_type");
        return new HistoryEntry(
                row.getLong("global_index"),
                row.getString("type"),
                withoutPrefix(row.getString("aggregate_identifier")),
                row.getLong("sequence_number"),
                EventTypes.nameOf(payloadType),
                payloadType,
                row.getString("payload_revision"),
                Instant.parse(row.getString("time_stamp")),
                text(metaData, "actor"),
                text(metaData, "correlationId"),
                text(metaData, "causationId"),
                row.getString("seal"),
                JSON.readTree(row.getBytes("payload")));
    }

    private static String withoutPrefix(String streamKey) {
        return streamKey.substring(streamKey.indexOf(':') + 1);
    }

    private static String text(JsonNode metaData, String key) {
        JsonNode value = metaData.get(key);
        return value == null || value.isNull() ? null : value.asString();
    }
}
