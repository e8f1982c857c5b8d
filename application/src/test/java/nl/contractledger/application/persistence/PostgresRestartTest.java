package nl.contractledger.application.persistence;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.PostgresDatabase;
import nl.contractledger.application.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

/** The {@code postgres} profile on a fresh PostgreSQL database with configured (bcrypt) users. */
@Tag("postgres")
class PostgresRestartTest extends RestartContract {

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
    protected ApiClient.Call procurement(ApiClient api) {
        return api.as(TestUsers.CLERK, TestUsers.PASSWORD);
    }

    @Override
    protected ApiClient.Call auditor(ApiClient api) {
        return api.as(TestUsers.REVIEWER, TestUsers.PASSWORD);
    }
}
