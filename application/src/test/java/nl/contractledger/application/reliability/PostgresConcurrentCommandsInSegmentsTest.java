package nl.contractledger.application.reliability;

import nl.contractledger.application.support.PostgresPerClass;
import nl.contractledger.application.support.RunningApplication;
import nl.contractledger.application.support.Staff;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/** As {@link H2ConcurrentCommandsInSegmentsTest}, on PostgreSQL. */
@Tag("postgres")
class PostgresConcurrentCommandsInSegmentsTest extends ConcurrentCommandsContract {

    @RegisterExtension
    static final PostgresPerClass DATABASE = new PostgresPerClass();

    @Override
    protected String[] database() {
        return TwoSegments.with(DATABASE.applicationProperties());
    }

    @Override
    protected Staff staff() {
        return Staff.CONFIGURED;
    }

    @Override
    protected void checkAfterwards(RunningApplication application) {
        TwoSegments.assertUsed(application);
    }
}
