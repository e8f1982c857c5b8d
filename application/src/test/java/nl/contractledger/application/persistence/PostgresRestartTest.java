package nl.contractledger.application.persistence;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.PostgresPerClass;
import nl.contractledger.application.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@code postgres} profile on a fresh PostgreSQL database with configured (bcrypt) users. */
@Tag("postgres")
class PostgresRestartTest extends RestartContract {

    @RegisterExtension
    static final PostgresPerClass DATABASE = new PostgresPerClass();

    @Override
    protected String[] database() {
        return DATABASE.applicationProperties();
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
