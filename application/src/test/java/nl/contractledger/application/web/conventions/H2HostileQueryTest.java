package nl.contractledger.application.web.conventions;

import nl.contractledger.application.support.Staff;

import java.util.UUID;

class H2HostileQueryTest extends HostileQueryContract {

    @Override
    protected String[] database() {
        return new String[]{"spring.datasource.url=jdbc:h2:mem:hostile-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"};
    }

    @Override
    protected Staff staff() {
        return Staff.DEVELOPMENT;
    }
}
