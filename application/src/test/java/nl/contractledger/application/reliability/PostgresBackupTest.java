package nl.contractledger.application.reliability;

import nl.contractledger.application.support.PostgresDatabase;
import nl.contractledger.application.support.RunningApplication;
import nl.contractledger.application.support.Staff;
import nl.contractledger.application.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

import java.nio.file.Path;
import java.util.UUID;

/** PostgreSQL, dumped with {@code pg_dump} while commands are written and restored with {@code pg_restore}. */
@Tag("postgres")
class PostgresBackupTest extends BackupContract {

    private static PostgresDatabase original;
    private static PostgresDatabase restored;
    private final Path dump = Path.of("target", "backup", UUID.randomUUID() + ".dump").toAbsolutePath();

    @BeforeAll
    static void createDatabases() {
        original = PostgresDatabase.create();
        restored = PostgresDatabase.create();
    }

    @AfterAll
    static void dropDatabases() {
        original.close();
        restored.close();
    }

    @Override
    protected String[] original() {
        return original.applicationProperties(TestUsers.properties());
    }

    @Override
    protected long backUp(RunningApplication application) {
        long head = application.jdbc().sql("SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry")
                .query(Long.class).single();
        dump.getParent().toFile().mkdirs();
        original.run("pg_dump", "--format=custom", "--file=" + dump);
        return head;
    }

    @Override
    protected String[] restore() {
        restored.run("pg_restore", "--no-owner", "--exit-on-error", dump.toString());
        return restored.applicationProperties(TestUsers.properties());
    }

    @Override
    protected Staff staff() {
        return Staff.CONFIGURED;
    }
}
