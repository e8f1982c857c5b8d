package nl.contractledger.application.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The {@code event_seal} and {@code seal_head} tables. */
@Component
public class Seals {

    /** The last sealed position and its hash. */
    public record Head(long position, String hash) {
    }

    public record Seal(long position, String hash) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    Seals(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Reads the head and locks it until the transaction ends: one sealer at a time, on any node. */
    Head lockHead() {
        return jdbc.sql("SELECT position, hash FROM seal_head WHERE id = 1 FOR UPDATE")
                .query((row, index) -> new Head(row.getLong("position"), row.getString("hash"))).single();
    }

    public Head head() {
        return jdbc.sql("SELECT position, hash FROM seal_head WHERE id = 1")
                .query((row, index) -> new Head(row.getLong("position"), row.getString("hash"))).single();
    }

    /** Stores the seals of a batch, in one JDBC batch. */
    void seal(List<Seal> sealed, Instant at) {
        if (sealed.isEmpty()) {
            return;
        }
        Timestamp sealedAt = Timestamp.from(at);
        batches.batchUpdate("INSERT INTO event_seal (position, hash, sealed_at) VALUES (?, ?, ?)",
                sealed.stream().map(seal -> new Object[]{seal.position(), seal.hash(), sealedAt}).toList());
    }

    void moveHead(Head head) {
        jdbc.sql("UPDATE seal_head SET position = :position, hash = :hash WHERE id = 1")
                .param("position", head.position()).param("hash", head.hash()).update();
    }

    public List<Seal> after(long position, int limit) {
        return jdbc.sql("""
                        SELECT position, hash FROM event_seal WHERE position > :position ORDER BY position
                        FETCH FIRST :limit ROWS ONLY""")
                .param("position", position).param("limit", limit)
                .query((row, index) -> new Seal(row.getLong("position"), row.getString("hash"))).list();
    }
}
