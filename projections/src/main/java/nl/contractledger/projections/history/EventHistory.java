package nl.contractledger.projections.history;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Every event of one aggregate, read straight from the event store in sequence order: the record
 * itself, not a copy that could drift from it.
 */
@Component
public class EventHistory {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    public EventHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The events of the stream with the given key (e.g. {@code region:haaglanden}), oldest first. */
    public List<HistoryEntry> of(String streamKey) {
        return jdbc.sql("""
                        SELECT global_index, aggregate_identifier, type, sequence_number, payload_type,
                               payload_revision, time_stamp, payload, meta_data
                        FROM domain_event_entry WHERE aggregate_identifier = :stream ORDER BY sequence_number""")
                .param("stream", streamKey)
                .query((row, index) -> entry(row))
                .list();
    }

    /** Every event of every aggregate after a global position, in global order: the audit feed. */
    public List<HistoryEntry> after(long position, int limit) {
        return jdbc.sql("""
                        SELECT global_index, aggregate_identifier, type, sequence_number, payload_type,
                               payload_revision, time_stamp, payload, meta_data
                        FROM domain_event_entry WHERE global_index > :position ORDER BY global_index
                        FETCH FIRST :limit ROWS ONLY""")
                .param("position", position).param("limit", limit)
                .query((row, index) -> entry(row))
                .list();
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
