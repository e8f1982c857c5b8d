package nl.contractledger.application.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Counts what the event store holds, to prove that a refused request wrote nothing. */
public final class EventCount {

    private final JdbcClient jdbc;

    public EventCount(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long total() {
        return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single();
    }

    public long ofRegion(String regionId) {
        return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = :stream")
                .param("stream", "region:" + regionId).query(Long.class).single();
    }
}
