package nl.contractledger.application.audit;

import nl.contractledger.application.support.PostgresDatabase;
import org.junit.jupiter.api.Tag;

import java.time.Duration;

@Tag("postgres")
class PostgresConcurrentSealingTest extends ConcurrentSealingContract {

    private PostgresDatabase database;

    @Override
    protected AuditBench newBench(Duration gapTimeout) {
        database = PostgresDatabase.create();
        return new AuditBench(database.dataSource(), "postgresql", gapTimeout);
    }

    @Override
    protected void cleanUp() {
        database.close();
    }
}
