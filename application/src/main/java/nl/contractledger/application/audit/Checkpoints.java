package nl.contractledger.application.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Signed checkpoints of the chain: every N sealed events or M minutes, and on demand. A checkpoint is signed while its
 * transaction holds the seal head's lock, so nodes sealing and signing at once sign each position once.
 */
@Component
public class Checkpoints {

    private final JdbcClient jdbc;
    private final AuditKeys keys;
    private final AuditProperties properties;
    private final Seals seals;
    private final TransactionTemplate transactions;

    Checkpoints(JdbcClient jdbc, AuditKeys keys, AuditProperties properties, Seals seals, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.properties = properties;
        this.seals = seals;
        this.transactions = transactions;
    }

    public List<Checkpoint> all() {
        return jdbc.sql("SELECT * FROM audit_checkpoint ORDER BY position").query(Checkpoints::read).list();
    }

    /** Signs the chain at the seal head (answering the existing checkpoint if the head has not moved). */
    public Checkpoint takeAtHead() {
        return transactions.execute(status -> {
            Seals.Head head = seals.lockHead();
            return latest().filter(checkpoint -> checkpoint.position() == head.position()).orElseGet(() -> sign(head));
        });
    }

    /** Signs the chain at the head the caller's transaction has locked, if enough was sealed or time passed since the last. */
    void takeIfDue(Seals.Head lockedHead) {
        Optional<Checkpoint> latest = latest();
        long sealedSince = lockedHead.position() - latest.map(Checkpoint::position).orElse(0L);
        boolean longAgo = latest.map(checkpoint -> checkpoint.recordedAt().plus(properties.checkpointEvery())
                .isBefore(Instant.now())).orElse(true);
        if (sealedSince >= properties.checkpointEveryEvents() || (sealedSince > 0 && longAgo)) {
            sign(lockedHead);
        }
    }

    private Checkpoint sign(Seals.Head head) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String signature = keys.sign(Checkpoint.signedText(head.position(), head.hash(), now, keys.keyId()));
        Checkpoint checkpoint = new Checkpoint(head.position(), head.hash(), now, signature, keys.keyId());
        jdbc.sql("""
                        INSERT INTO audit_checkpoint (position, hash, recorded_at, signature, key_id)
                        VALUES (:position, :hash, :at, :signature, :keyId)""")
                .param("position", checkpoint.position()).param("hash", checkpoint.hash())
                .param("at", Timestamp.from(now)).param("signature", signature).param("keyId", keys.keyId())
                .update();
        return checkpoint;
    }

    private Optional<Checkpoint> latest() {
        return jdbc.sql("SELECT * FROM audit_checkpoint ORDER BY position DESC FETCH FIRST 1 ROWS ONLY")
                .query(Checkpoints::read).optional();
    }

    private static Checkpoint read(ResultSet row, int index) throws SQLException {
        return new Checkpoint(row.getLong("position"), row.getString("hash"), row.getTimestamp("recorded_at").toInstant(),
                row.getString("signature"), row.getString("key_id"));
    }
}
