package nl.contractledger.application.reliability;

import nl.contractledger.application.support.Staff;

import java.util.UUID;

class H2RebuildUnderWritesTest extends RebuildUnderWritesContract {

    @Override
    protected String[] database() {
        return new String[]{"spring.datasource.url=jdbc:h2:mem:rebuilt-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"};
    }

    @Override
    protected Staff staff() {
        return Staff.DEVELOPMENT;
    }
}
