package nl.contractledger.application.web.segment;

import nl.contractledger.application.support.Staff;

import java.util.UUID;

class H2WithdrawnStartTest extends WithdrawnStartContract {

    @Override
    protected String[] database() {
        return new String[]{"spring.datasource.url=jdbc:h2:mem:withdrawn-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"};
    }

    @Override
    protected Staff staff() {
        return Staff.DEVELOPMENT;
    }
}
