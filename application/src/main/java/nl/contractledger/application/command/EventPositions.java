package nl.contractledger.application.command;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Looks up where an aggregate's event sits in the global order of the event store. */
@Component
class EventPositions {

    private final JdbcClient jdbc;

    EventPositions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long positionOf(String streamKey, long sequenceNumber) {
        return jdbc.sql("""
                        SELECT global_index FROM domain_event_entry
                        WHERE aggregate_identifier = :stream AND sequence_number = :sequence""")
                .param("stream", streamKey).param("sequence", sequenceNumber)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }
}
