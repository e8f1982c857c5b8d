package nl.contractledger.application.reliability;

import nl.contractledger.application.support.RunningApplication;
import nl.contractledger.application.support.Staff;

import java.util.UUID;

/**
 * The five document read models in two segments each, on two threads: every answer still true to the store, and every
 * read model, whose segments Axon fills by aggregate, equal to a fresh replay.
 */
class H2ConcurrentCommandsInSegmentsTest extends ConcurrentCommandsContract {

    @Override
    protected String[] database() {
        return TwoSegments.with("spring.datasource.url=jdbc:h2:mem:segments-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Override
    protected Staff staff() {
        return Staff.DEVELOPMENT;
    }

    @Override
    protected void checkAfterwards(RunningApplication application) {
        TwoSegments.assertUsed(application);
    }
}
