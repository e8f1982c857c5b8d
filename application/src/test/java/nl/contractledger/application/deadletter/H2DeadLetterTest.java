package nl.contractledger.application.deadletter;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.ShortLockWaits;

import java.util.UUID;

class H2DeadLetterTest extends DeadLetterContract {

    @Override
    protected String[] database() {
        return new String[]{"spring.datasource.url=jdbc:h2:mem:dead-letters-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"};
    }

    @Override
    protected String[] databaseWithShortLockWaits() {
        return ShortLockWaits.h2("dead-letters");
    }

    @Override
    protected ApiClient.Call procurement(ApiClient api) {
        return api.as("procurement");
    }

    @Override
    protected ApiClient.Call admin(ApiClient api) {
        return api.as("admin");
    }
}
