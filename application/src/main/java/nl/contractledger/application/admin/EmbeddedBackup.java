package nl.contractledger.application.admin;

import nl.contractledger.application.config.EmbeddedDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The online backup of the embedded H2 file database: {@code BACKUP TO} writes a consistent copy of the
 * database file into a zip in {@code ledger.backup.directory} while the application keeps serving.
 * PostgreSQL is backed up with its own tools ({@code pg_dump}), see docs/operations.md.
 */
@Component
public class EmbeddedBackup {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final JdbcTemplate jdbc;
    private final Path directory;
    private final boolean h2File;
    private final Clock clock = Clock.systemUTC();

    EmbeddedBackup(DataSource dataSource, @Value("${ledger.backup.directory:./backups}") Path directory) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.directory = directory;
        this.h2File = EmbeddedDatabase.isH2File(dataSource);
    }

    /** A backup taken now, or empty when the database is not an H2 file. */
    public synchronized Optional<Backup> take() {
        if (!h2File) {
            return Optional.empty();
        }
        Instant takenAt = clock.instant();
        Path file = directory.resolve("contract-ledger-" + NAME.format(takenAt) + ".zip").toAbsolutePath();
        try {
            Files.createDirectories(directory);
            long fromPosition = jdbc.queryForObject("SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry", Long.class);
            jdbc.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            return Optional.of(new Backup(file.toString(), Files.size(file), fromPosition, takenAt));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup to " + file, e);
        }
    }

    /**
     * A backup file: where, how large, the head position when it began (it holds at least the events up
     * to there) and when.
     */
    public record Backup(String file, long bytes, long containsThroughAtLeast, Instant takenAt) {
    }
}
