package nl.contractledger.application.reliability;

import nl.contractledger.application.support.PostgresDatabase;
import nl.contractledger.application.support.Staff;
import nl.contractledger.application.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

/** PostgreSQL, with the application killed under load. */
@Tag("postgres")
class PostgresCrashTest extends CrashContract {

    private static PostgresDatabase database;

    @BeforeAll
    static void createDatabase() {
        database = PostgresDatabase.create();
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @Override
    protected String[] database() {
        return database.applicationProperties(TestUsers.properties());
    }

    @Override
    protected Staff staff() {
        return Staff.CONFIGURED;
    }
}
