package nl.contractledger.application.command;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import nl.contractledger.application.config.EmbeddedDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
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
    private static final String PLAIN = "CHECKPOINT";
    private static final String SYNC = "CHECKPOINT SYNC";

    private final boolean needed;
    private final Runnable checkpointStatement;
    private final Timer checkpoints;
    private final Timer waits;
    private final AtomicLong requested = new AtomicLong();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition checkpointEnded = lock.newCondition();
    private boolean checkpointRunning;
    private long flushed;

    @Autowired
    CommitFlush(DataSource dataSource, MeterRegistry meters, @Value("${ledger.h2.sync-each-commit:false}") boolean sync) {
        this(EmbeddedDatabase.isH2File(dataSource), statement(dataSource, sync), meters);
        if (needed) {
            LOG.info("H2 file database: every command is answered after a {} that covers it", sync ? SYNC : PLAIN);
        }
    }

    /** On a database that needs it, {@code checkpointStatement} writes every commit so far to the file. */
    CommitFlush(boolean needed, Runnable checkpointStatement, MeterRegistry meters) {
        this.needed = needed;
        this.checkpointStatement = checkpointStatement;
        this.checkpoints = Timer.builder(CHECKPOINTS).description("H2 checkpoints taken so that answered commands survive a killed process")
                .register(meters);
        this.waits = Timer.builder(WAITS).description("how long an answer waited for a checkpoint covering its commit")
                .register(meters);
    }

    private static Runnable statement(DataSource dataSource, boolean sync) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String statement = sync ? SYNC : PLAIN;
        return () -> jdbc.execute(statement);
    }

    /**
     * Returns once everything committed before the call is in the database file. One caller at a time takes
     * the checkpoint, outside the lock; the others wait for it and are all woken when it ends, so that those
     * it covered return at once instead of queueing behind the next one.
     */
    public void awaitFlushed() {
        if (!needed) {
            return;
        }
        long waitStarted = System.nanoTime();
        long ticket = requested.incrementAndGet();
        lock.lock();
        try {
            while (flushed < ticket) {
                if (checkpointRunning) {
                    checkpointEnded.awaitUninterruptibly();
                } else {
                    checkpoint();
                }
            }
        } finally {
            lock.unlock();
            waits.record(System.nanoTime() - waitStarted, NANOSECONDS);
        }
    }

    /** How many answers have begun to await the flush. */
    long ticketsDrawn() {
        return requested.get();
    }

    /** Takes a checkpoint covering every ticket drawn before it begins; called and returns holding the lock. */
    private void checkpoint() {
        checkpointRunning = true;
        lock.unlock();
        long covered = -1;
        try {
            long drawn = requested.get();
            checkpoints.record(checkpointStatement);
            covered = drawn;
        } finally {
            lock.lock();
            checkpointRunning = false;
            flushed = Math.max(flushed, covered);
            checkpointEnded.signalAll();
        }
    }
}
