package nl.contractledger.application.reliability;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.Response;
import nl.contractledger.application.support.RunningApplication;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command that meets a lock it is not granted in time is answered {@code 503 DATABASE_BUSY} with
 * {@code Retry-After}, not {@code 500}; nothing of it is written, and the same request, sent again with its
 * {@code Idempotency-Key}, goes through once the lock is gone.
 */
abstract class DatabaseBusyContract {

    /** The properties of a database where a statement waits at most half a second for a lock. */
    protected abstract String[] databaseWithShortLockWaits();

    protected abstract ApiClient.Call procurement(ApiClient api);

    @Test
    void givenASegmentIdHeldByAnUnfinishedTransaction_whenTheSegmentIsDefined_thenItIs503DatabaseBusyAndGoesThroughWhenSentAgain()
            throws SQLException {
        try (RunningApplication app = RunningApplication.start(databaseWithShortLockWaits())) {
            ApiClient api = app.api();
            Response region = procurement(api).post("/api/regions", "{\"id\": \"busy\", \"name\": \"R\", \"municipalities\": [\"Delft\"]}");
            assertThat(region.status()).as(region.body()).isEqualTo(201);
            String segment = "{\"id\": \"busy-s1\", \"number\": 1, \"name\": \"S\", \"procurementForm\": \"OPEN_HOUSE\", \"fundingForm\": \"EFFORT_BASED\"}";

            long events = events(app);
            try (Connection other = app.bean(DataSource.class).getConnection()) {
                other.setAutoCommit(false);
                try (Statement claim = other.createStatement()) {
                    claim.executeUpdate("INSERT INTO id_claim (kind, claimed_id, stream) VALUES ('segment', 'busy-s1', 'elsewhere')");
                }
                Response busy = procurement(api).header("Idempotency-Key", "busy-segment-1").post("/api/regions/busy/segments", segment);
                assertThat(busy.status()).as(busy.body()).isEqualTo(503);
                assertThat(busy.code()).isEqualTo("DATABASE_BUSY");
                assertThat(busy.header("Retry-After")).isEqualTo("1");
                other.rollback();
            }
            assertThat(events(app)).as("nothing of the busy request is written").isEqualTo(events);

            Response again = procurement(api).header("Idempotency-Key", "busy-segment-1").post("/api/regions/busy/segments", segment);
            assertThat(again.status()).as(again.body()).isEqualTo(201);
            assertThat(procurement(api).get("/api/regions/busy?minPosition=" + again.position()).json()
                    .path("segments").findValuesAsString("id")).containsExactly("busy-s1");
            assertThat(events(app)).isEqualTo(events + 1);
        }
    }

    private static long events(RunningApplication app) {
        return app.jdbc().sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single();
    }
}
