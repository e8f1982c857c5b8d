package nl.contractledger.application.reliability;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.PostgresPerClass;
import nl.contractledger.application.support.ShortLockWaits;
import nl.contractledger.application.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/** On PostgreSQL the lock wait ends in {@code 55P03}, which Spring leaves uncategorised when it comes from a batch. */
@Tag("postgres")
class PostgresDatabaseBusyTest extends DatabaseBusyContract {

    @RegisterExtension
    static final PostgresPerClass DATABASE = new PostgresPerClass();

    @Override
    protected String[] databaseWithShortLockWaits() {
        return ShortLockWaits.postgres(DATABASE);
    }

    @Override
    protected ApiClient.Call procurement(ApiClient api) {
        return api.as(TestUsers.CLERK, TestUsers.PASSWORD);
    }
}
