package nl.contractledger.application.deadletter;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.PostgresPerClass;
import nl.contractledger.application.support.ShortLockWaits;
import nl.contractledger.application.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/** On PostgreSQL a failed statement aborts its transaction: the savepoint per event keeps the dead letter writable. */
@Tag("postgres")
class PostgresDeadLetterTest extends DeadLetterContract {

    @RegisterExtension
    static final PostgresPerClass DATABASE = new PostgresPerClass();

    @Override
    protected String[] database() {
        return DATABASE.applicationProperties();
    }

    @Override
    protected String[] databaseWithShortLockWaits() {
        return ShortLockWaits.postgres(DATABASE);
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
