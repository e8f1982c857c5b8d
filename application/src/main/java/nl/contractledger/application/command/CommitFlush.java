package nl.contractledger.application.command;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.contractledger.application.config.EmbeddedDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Makes a committed command survive a killed process before it is answered. H2's MVStore writes
 * committed transactions to its file in the background, up to {@code ledger.h2.write-delay} later: a process killed
 * in that window loses commands it had acknowledged. On an H2 file database every answer therefore
 * waits for a {@code CHECKPOINT} that began after its commit; concurrent commands share one (group
 * commit). PostgreSQL is durable at commit, and H2 in memory has nothing to keep: there it does nothing.
 */
@Component
public class CommitFlush {

    private static final Logger LOG = LoggerFactory.getLogger(CommitFlush.class);

    private final JdbcTemplate jdbc;
    private final boolean needed;
    private final String statement;
    private final AtomicLong requested = new AtomicLong();
    private final ReentrantLock flushing = new ReentrantLock();
    private volatile long flushed;

    CommitFlush(DataSource dataSource, @Value("${ledger.h2.sync-each-commit:false}") boolean sync) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.needed = EmbeddedDatabase.isH2File(dataSource);
        this.statement = sync ? "CHECKPOINT SYNC" : "CHECKPOINT";
        if (needed) {
            LOG.info("H2 file database: every command is answered after a {} that covers it", statement);
        }
    }

    /** Returns once everything committed before the call is in the database file. */
    public void awaitFlushed() {
        if (!needed) {
            return;
        }
        long ticket = requested.incrementAndGet();
        flushing.lock();
        try {
            if (flushed >= ticket) {
                return;
            }
            long covered = requested.get();
            jdbc.execute(statement);
            flushed = covered;
        } finally {
            flushing.unlock();
        }
    }
}
