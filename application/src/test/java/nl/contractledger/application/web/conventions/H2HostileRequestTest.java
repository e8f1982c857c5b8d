package nl.contractledger.application.web.conventions;

import nl.contractledger.application.support.Staff;

import java.util.UUID;

class H2HostileRequestTest extends HostileRequestContract {

    @Override
    protected String[] database() {
        return new String[]{"spring.datasource.url=jdbc:h2:mem:hostile-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"};
    }

    @Override
    protected Staff staff() {
        return Staff.DEVELOPMENT;
    }
}
