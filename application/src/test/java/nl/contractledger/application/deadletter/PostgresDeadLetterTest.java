package nl.contractledger.application.deadletter;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.PostgresDatabase;
import nl.contractledger.application.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

/** On PostgreSQL a failed statement aborts its transaction: the savepoint per event keeps the dead letter writable. */
@Tag("postgres")
class PostgresDeadLetterTest extends DeadLetterContract {

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
    protected ApiClient.Call admin(ApiClient api) {
        return api.as(TestUsers.OPERATOR, TestUsers.PASSWORD);
    }
}
