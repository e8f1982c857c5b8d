package nl.contractledger.application.audit;

import nl.contractledger.application.support.PostgresDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;

import java.time.Duration;

@Tag("postgres")
class PostgresTamperTest extends TamperContract {

    private PostgresDatabase database;

    @Override
    protected AuditBench newBench() {
        database = PostgresDatabase.create();
        return new AuditBench(database.dataSource(), "postgresql", Duration.ofSeconds(60));
    }

    @AfterEach
    void drop() {
        database.close();
    }

}
