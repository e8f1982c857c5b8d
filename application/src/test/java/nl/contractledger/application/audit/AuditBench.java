package nl.contractledger.application.audit;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The sealer, checkpoints and verifier on a migrated database of their own, with events written
 * straight into the event table — the way a tamperer (or a writer on another node) would.
 */
final class AuditBench {

    final JdbcClient jdbc;
    final Seals seals;
    final Checkpoints checkpoints;
    final Sealer sealer;
    final AuditVerifier verifier;
    final AuditKeys keys = AuditKeys.generate();
    private final TransactionTemplate transactions;
    private final AuditProperties properties;

    /** The sealer and checkpoints of a second application node on the same database, with the same signing key. */
    record Node(Sealer sealer, Checkpoints checkpoints) {
    }

    AuditBench(DataSource dataSource, String vendor, Duration gapTimeout) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + vendor).load().migrate();
        jdbc = JdbcClient.create(dataSource);
        properties = new AuditProperties(true, Duration.ofMinutes(1), 1000, gapTimeout, 100,
                Duration.ofMinutes(10), null, null, null, false);
        seals = new Seals(jdbc, new JdbcTemplate(dataSource));
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        Node node = anotherNode();
        checkpoints = node.checkpoints();
        sealer = node.sealer();
        verifier = new AuditVerifier(new EventRows(jdbc), seals, checkpoints, keys);
    }

    Node anotherNode() {
        Checkpoints itsCheckpoints = new Checkpoints(jdbc, keys, properties, seals, transactions);
        return new Node(new Sealer(new EventRows(jdbc), seals, itsCheckpoints, transactions, properties), itsCheckpoints);
    }

    void append(String aggregate, long sequence, String payload) {
        jdbc.sql("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                            time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES (:id, :aggregate, :sequence, 'Region', :at, 'nl.example.SomethingHappenedEvent', '1',
                            :payload, :meta)""")
                .param("id", java.util.UUID.randomUUID().toString()).param("aggregate", aggregate)
                .param("sequence", sequence).param("at", Instant.now().toString())
                .param("payload", payload.getBytes(StandardCharsets.UTF_8))
                .param("meta", "{\"actor\":\"procurement\",\"correlationId\":\"c-1\"}".getBytes(StandardCharsets.UTF_8))
                .update();
    }

    /** An event written at the position given, as a transaction that took it and committed late would leave it. */
    void appendAt(long position, String aggregate) {
        jdbc.sql("""
                        INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number,
                            type, time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES (:position, :id, :aggregate, 0, 'Region', :at, 'nl.example.SomethingHappenedEvent', '1',
                            :payload, NULL)""")
                .param("position", position).param("id", java.util.UUID.randomUUID().toString())
                .param("aggregate", aggregate).param("at", Instant.now().toString())
                .param("payload", "{}".getBytes(StandardCharsets.UTF_8)).update();
    }

    private final java.util.concurrent.atomic.AtomicInteger appended = new java.util.concurrent.atomic.AtomicInteger();

    void appendMany(int count) {
        for (int i = 0; i < count; i++) {
            int n = appended.getAndIncrement();
            append("region:r" + n, 0, "{\"n\":" + n + "}");
        }
    }

    /** An event inserted in a transaction that rolls back: its position stays empty. */
    void appendRolledBack() {
        transactions.executeWithoutResult(status -> {
            append("region:rolled-back", 0, "{}");
            status.setRollbackOnly();
        });
    }

    long lastPosition() {
        return jdbc.sql("SELECT MAX(global_index) FROM domain_event_entry").query(Long.class).single();
    }

    byte[] payloadAt(long position) {
        return jdbc.sql("SELECT payload FROM domain_event_entry WHERE global_index = :p").param("p", position)
                .query(byte[].class).single();
    }

    void setPayload(long position, byte[] payload) {
        jdbc.sql("UPDATE domain_event_entry SET payload = :payload WHERE global_index = :p")
                .param("payload", payload).param("p", position).update();
    }

    List<Long> sealedPositions() {
        return jdbc.sql("SELECT position FROM event_seal ORDER BY position").query(Long.class).list();
    }
}
