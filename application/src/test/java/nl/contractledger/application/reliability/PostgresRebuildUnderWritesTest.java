package nl.contractledger.application.reliability;

import nl.contractledger.application.support.PostgresPerClass;
import nl.contractledger.application.support.Staff;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("postgres")
class PostgresRebuildUnderWritesTest extends RebuildUnderWritesContract {

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
