package nl.contractledger.application.reliability;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.ShortLockWaits;

class H2DatabaseBusyTest extends DatabaseBusyContract {

    @Override
    protected String[] databaseWithShortLockWaits() {
        return ShortLockWaits.h2("busy");
    }

    @Override
    protected ApiClient.Call procurement(ApiClient api) {
        return api.as("procurement");
    }
}
