package nl.contractledger.application.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * How long an H2 file database may keep committed changes before it writes them to its file. Each of
 * H2's background writes rewrites every page changed since the previous one, so a longer delay gathers
 * more changes into one write: with 2 s instead of H2's 0.5 s a third fewer bytes are written and the
 * file stays about a fifth smaller. Nothing acknowledged depends on it: a command is answered after a
 * checkpoint covering it ({@code CommitFlush}), and a read model commits its token with its rows. H2
 * does not keep this setting across a restart, so it is set on every start.
 */
@Component
class H2WriteDelay {

    private static final Logger LOG = LoggerFactory.getLogger(H2WriteDelay.class);

    H2WriteDelay(DataSource dataSource, @Value("${ledger.h2.write-delay:2s}") Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("ledger.h2.write-delay must not be negative: " + delay);
        }
        if (EmbeddedDatabase.isH2File(dataSource)) {
            new JdbcTemplate(dataSource).execute("SET WRITE_DELAY " + delay.toMillis());
            LOG.info("H2 file database: committed changes are written to the file within {} ms", delay.toMillis());
        }
    }
}
