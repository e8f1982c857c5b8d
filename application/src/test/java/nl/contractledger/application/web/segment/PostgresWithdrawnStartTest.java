package nl.contractledger.application.web.segment;

import nl.contractledger.application.support.PostgresPerClass;
import nl.contractledger.application.support.Staff;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("postgres")
class PostgresWithdrawnStartTest extends WithdrawnStartContract {

    @RegisterExtension
    static final PostgresPerClass DATABASE = new PostgresPerClass();

    @Override
    protected String[] database() {
        return DATABASE.applicationProperties();
    }

    @Override
    protected Staff staff() {
        return Staff.CONFIGURED;
    }
}
