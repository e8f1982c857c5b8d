package nl.contractledger.application.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/** Reads the event table in global order, a page at a time, exactly as stored. */
@Component
public class EventRows {

    private final JdbcClient jdbc;

    EventRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The positions after the given one, in order: where the event log has no gaps, {@code position + 1} onwards. */
    public List<Long> positionsAfter(long position, int limit) {
        return jdbc.sql("""
                        SELECT global_index FROM domain_event_entry WHERE global_index > :position ORDER BY global_index
                        FETCH FIRST :limit ROWS ONLY""")
                .param("position", position).param("limit", limit).query(Long.class).list();
    }

    public List<StoredEvent> after(long position, int limit) {
        return jdbc.sql("""
                        SELECT global_index, aggregate_identifier, sequence_number, type, payload_type, payload_revision,
                               time_stamp, payload, meta_data
                        FROM domain_event_entry WHERE global_index > :position ORDER BY global_index
                        FETCH FIRST :limit ROWS ONLY""")
                .param("position", position).param("limit", limit)
                .query((row, index) -> new StoredEvent(row.getLong("global_index"),
                        row.getString("aggregate_identifier"), row.getLong("sequence_number"), row.getString("type"),
                        row.getString("payload_type"), row.getString("payload_revision"), row.getString("time_stamp"),
                        row.getBytes("payload"), row.getBytes("meta_data")))
                .list();
    }
}
