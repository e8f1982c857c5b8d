package nl.contractledger.application.command;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/** The first answer to every request sent with an {@code Idempotency-Key}. */
@Component
class IdempotencyStore {

    record Entry(String requestHash, CommandAnswer answer) {
    }

    private final JdbcClient jdbc;

    IdempotencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Entry> find(String key) {
        return jdbc.sql("""
                        SELECT request_hash, answer_id, answer_version, answer_position
                        FROM idempotency_key WHERE idempotency_key = :key""")
                .param("key", key)
                .query((row, index) -> new Entry(row.getString("request_hash"), new CommandAnswer(
                        row.getString("answer_id"), row.getLong("answer_version"), row.getLong("answer_position"))))
                .optional();
    }

    /** Runs inside the command's transaction: the key is stored if and only if the events are. */
    void save(String key, String requestHash, String aggregateId, CommandAnswer answer) {
        jdbc.sql("""
                        INSERT INTO idempotency_key (idempotency_key, request_hash, aggregate_id, answer_id,
                            answer_version, answer_position, recorded_at)
                        VALUES (:key, :hash, :aggregate, :id, :version, :position, :at)""")
                .param("key", key).param("hash", requestHash).param("aggregate", aggregateId)
                .param("id", answer.id()).param("version", answer.version()).param("position", answer.position())
                .param("at", java.sql.Timestamp.from(Instant.now()))
                .update();
    }
}
