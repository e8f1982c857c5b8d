package nl.contractledger.application.command;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import nl.contractledger.application.config.EmbeddedDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import static java.util.concurrent.TimeUnit.NANOSECONDS;

/**
 * Makes a committed command survive a killed process before it is answered. H2's MVStore writes
 * committed transactions to its file in the background, up to {@code ledger.h2.write-delay} later: a process killed
 * in that window loses commands it had acknowledged. On an H2 file database every answer therefore
 * waits for a {@code CHECKPOINT} that began after its commit; concurrent commands share one (group
 * commit). PostgreSQL is durable at commit, and H2 in memory has nothing to keep: there it does nothing.
 * What it costs is measured: {@value #CHECKPOINTS} times each checkpoint, {@value #WAITS} each answer's
 * wait for one (its own or one it shares).
 */
@Component
public class CommitFlush {

    public static final String CHECKPOINTS = "ledger.h2.checkpoint";
    public static final String WAITS = "ledger.h2.checkpoint.wait";

    private static final Logger LOG = LoggerFactory.getLogger(CommitFlush.class);

    private final JdbcTemplate jdbc;
    private final boolean needed;
    private final String statement;
    private final Timer checkpoints;
    private final Timer waits;
    private final AtomicLong requested = new AtomicLong();
    private final ReentrantLock flushing = new ReentrantLock();
    private volatile long flushed;

    CommitFlush(DataSource dataSource, MeterRegistry meters, @Value("${ledger.h2.sync-each-commit:false}") boolean sync) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.needed = EmbeddedDatabase.isH2File(dataSource);
        this.statement = sync ? "CHECKPOINT SYNC" : "CHECKPOINT";
        this.checkpoints = Timer.builder(CHECKPOINTS).description("H2 checkpoints taken so that answered commands survive a killed process")
                .register(meters);
        this.waits = Timer.builder(WAITS).description("how long an answer waited for a checkpoint covering its commit")
                .register(meters);
        if (needed) {
            LOG.info("H2 file database: every command is answered after a {} that covers it", statement);
        }
    }

    /** Returns once everything committed before the call is in the database file. */
    public void awaitFlushed() {
        if (!needed) {
            return;
        }
        long waitStarted = System.nanoTime();
        long ticket = requested.incrementAndGet();
        flushing.lock();
        try {
            if (flushed >= ticket) {
                return;
            }
            long covered = requested.get();
            checkpoints.record(() -> jdbc.execute(statement));
            flushed = covered;
        } finally {
            flushing.unlock();
            waits.record(System.nanoTime() - waitStarted, NANOSECONDS);
        }
    }
}
