package nl.contractledger.application.deadletter;

import nl.contractledger.application.readmodel.ReadModels;
import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.Response;
import nl.contractledger.application.support.RunningApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A read model that cannot handle an event: the event, and the later events of its aggregate, go to
 * the dead-letter queue and show in the projection status; the other aggregates' events are handled;
 * nothing of the failed event stays half-written; a retry after the cause is mended brings it all in,
 * and the aggregate's later events are handled as they come. A failure that passes by itself (a lock
 * not granted in time) is no dead letter: the event is handled once the lock is gone.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class DeadLetterContract {

    /**
     * Ten times the database's lock wait in {@link #databaseWithShortLockWaits()}: the batch gives up on the lock,
     * and then, a claim interval later, so does the handling of the batch again event by event, whose failure
     * would have been dead-lettered.
     */
    private static final Duration LOCK_HELD = Duration.ofSeconds(5);
    private static final Duration STALL_AFTER = Duration.ofSeconds(1);
    private static final Duration WATCH_EVERY = Duration.ofMillis(200);

    protected abstract String[] database();

    /** As {@link #database()}, where a statement waits at most half a second for a lock. */
    protected abstract String[] databaseWithShortLockWaits();

    protected abstract ApiClient.Call procurement(ApiClient api);

    protected abstract ApiClient.Call admin(ApiClient api);

    @Test
    void givenARegisterRowInTheWay_whenTheContractIsPublished_thenItIsDeadLetteredShownAndRetriedAfterTheRepair() {
        try (RunningApplication app = RunningApplication.start(database())) {
            ApiClient api = app.api();
            JdbcClient jdbc = app.jdbc();
            created(procurement(api).post("/api/regions", "{\"id\": \"dl\", \"name\": \"R\", \"municipalities\": [\"Delft\"]}"));
            created(procurement(api).post("/api/regions/dl/segments", "{\"id\": \"dl-s1\", \"number\": 1, \"name\": \"S\", \"procurementForm\": \"OPEN_HOUSE\", \"fundingForm\": \"EFFORT_BASED\"}"));
            created(procurement(api).post("/api/providers", "{\"id\": \"dl-p\", \"name\": \"P\", \"kvkNumber\": \"12121212\", \"sizeClass\": \"SMALL\"}"));
            jdbc.sql("INSERT INTO contract_index (contract_id, region_id, kind, starts_on, ends_on) "
                    + "VALUES ('dl-broken', 'elsewhere', 'OPEN_HOUSE', DATE '2022-01-01', DATE '2027-12-31')").update();

            created(procurement(api).post("/api/contracts", contract("dl-broken")));
            assertThat(procurement(api).post("/api/contracts/dl-broken/admissions",
                    "{\"providerId\": \"dl-p\", \"admittedOn\": \"2022-01-01\", \"qualityCheckRef\": \"QC\"}").status()).isEqualTo(200);
            Response fine = procurement(api).post("/api/contracts", contract("dl-fine"));
            created(fine);

            assertThat(procurement(api).get("/api/contracts/dl-fine?minPosition=" + fine.position()).status())
                    .as("the other contracts go on").isEqualTo(200);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(status(api, "contracts").path("deadLetters").asLong()).isEqualTo(2));
            JsonNode letters = admin(api).get("/api/admin/projections/contracts/dead-letters").json();
            assertThat(letters.get(0).path("payloadType").asString()).endsWith("ContractPublishedEvent");
            assertThat(letters.get(1).path("payloadType").asString()).endsWith("ProviderAdmittedEvent");
            assertThat(letters.get(0).path("causeMessage").asString()).isNotBlank();
            Response broken = procurement(api).get("/api/contracts/dl-broken");
            assertThat(broken.status()).as("read from its events, which the register could not take").isEqualTo(200);
            assertThat(broken.json().path("parties").findValuesAsString("providerId")).containsExactly("dl-p");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM read_document WHERE kind = 'contract' AND id = 'dl-broken'")
                    .query(Long.class).single()).as("nothing of the failed events written").isZero();
            JsonNode degraded = projectionsHealth(api);
            assertThat(degraded.path("status").asString()).as(degraded.toString()).isEqualTo("DEGRADED");
            assertThat(projection(degraded, "contracts").path("deadLetters").asLong()).isEqualTo(2);
            assertThat(projection(degraded, "timelines").path("deadLetters").asLong()).isZero();
            JsonNode seenByAnyone = publicHealth(api);
            assertThat(seenByAnyone.path("status").asString()).isEqualTo("DEGRADED");
            assertThat(seenByAnyone.has("components")).as("the parts only for administrators").isFalse();
            assertThat(gauge(api, "ledger.projection.dead.letters", "contracts")).isEqualTo(2.0);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM read_document WHERE kind = 'contract' AND id = 'dl-broken'")
                    .query(Long.class).single()).as("nothing half-written").isZero();

            jdbc.sql("DELETE FROM contract_index WHERE contract_id = 'dl-broken'").update();
            Response retried = admin(api).post("/api/admin/projections/contracts/dead-letters/retry", "");
            assertThat(retried.status()).as(retried.body()).isEqualTo(200);
            assertThat(retried.json().path("deadLetters").asLong()).isZero();
            JsonNode repaired = procurement(api).get("/api/contracts/dl-broken").json();
            assertThat(repaired.path("parties").findValuesAsString("providerId")).containsExactly("dl-p");
            assertThat(status(api, "timelines").path("deadLetters").asLong()).isZero();
            assertThat(projectionsHealth(api).path("status").asString()).as("mended").isEqualTo("UP");
            assertThat(gauge(api, "ledger.projection.dead.letters", "contracts")).isZero();

            created(procurement(api).post("/api/providers", "{\"id\": \"dl-q\", \"name\": \"Q\", \"kvkNumber\": \"13131313\", \"sizeClass\": \"SMALL\"}"));
            Response later = procurement(api).post("/api/contracts/dl-broken/admissions",
                    "{\"providerId\": \"dl-q\", \"admittedOn\": \"2022-02-01\", \"qualityCheckRef\": \"QC\"}");
            assertThat(later.status()).as(later.body()).isEqualTo(200);
            JsonNode afterRetry = procurement(api).get("/api/contracts/dl-broken?minPosition=" + later.position()).json();
            assertThat(afterRetry.path("parties").findValuesAsString("providerId"))
                    .as("a later event of the repaired aggregate is handled, not dead-lettered").containsExactly("dl-p", "dl-q");
            assertThat(status(api, "contracts").path("deadLetters").asLong()).isZero();
        }
    }

    @Test
    void givenARegisterRowLockedByAnotherTransaction_whenTheContractIsPublished_thenItIsHandledOnceTheLockIsGoneAndNothingIsDeadLettered(
            CapturedOutput log) throws SQLException, InterruptedException {
        try (RunningApplication app = RunningApplication.start(withStallAfterOneSecond(databaseWithShortLockWaits()))) {
            ApiClient api = app.api();
            created(procurement(api).post("/api/regions", "{\"id\": \"lk\", \"name\": \"R\", \"municipalities\": [\"Delft\"]}"));
            Response segment = procurement(api).post("/api/regions/lk/segments", "{\"id\": \"lk-s1\", \"number\": 1, \"name\": \"S\", \"procurementForm\": \"OPEN_HOUSE\", \"fundingForm\": \"EFFORT_BASED\"}");
            created(segment);
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                    assertThat(app.bean(ReadModels.class).storedPosition("contracts"))
                            .as("the register past the region's events, so that it stands where the contract holds it")
                            .isGreaterThanOrEqualTo(segment.position()));
            Response published;
            try (Connection other = app.bean(DataSource.class).getConnection()) {
                other.setAutoCommit(false);
                try (Statement insert = other.createStatement()) {
                    insert.executeUpdate("INSERT INTO contract_index (contract_id, region_id, kind, starts_on, ends_on) "
                            + "VALUES ('lk-locked', 'lk', 'OPEN_HOUSE', DATE '2022-01-01', DATE '2027-12-31')");
                }
                published = procurement(api).post("/api/contracts", contract("lk-locked", "lk"));
                created(published);
                long lockedAt = System.nanoTime();
                await().atMost(LOCK_HELD).untilAsserted(() -> assertThat(log.getOut())
                        .as("seen on the timer while nobody asked").contains("Read model contracts needs an administrator: 0 dead letters"));
                assertThat(log.getOut()).doesNotContain("Read model regions needs an administrator");
                await().atMost(LOCK_HELD).untilAsserted(() -> {
                    JsonNode stalled = projectionsHealth(api);
                    assertThat(stalled.path("status").asString()).as(stalled.toString()).isEqualTo("DEGRADED");
                    assertThat(projection(stalled, "contracts").path("stalledSince").asString()).isNotBlank();
                    assertThat(projection(stalled, "contracts").path("lag").asLong()).isPositive();
                    assertThat(projection(stalled, "regions").has("stalledSince")).as("only the one held up").isFalse();
                });
                assertThat(gauge(api, "ledger.projection.lag", "contracts")).isPositive();
                assertThat(gauge(api, "ledger.projection.stalled", "contracts")).as("seconds standing still").isGreaterThanOrEqualTo(1.0);
                assertThat(gauge(api, "ledger.projection.stalled", "regions")).isZero();
                Thread.sleep(Math.max(0, LOCK_HELD.toMillis() - (System.nanoTime() - lockedAt) / 1_000_000));
                assertThat(status(api, "contracts").path("deadLetters").asLong())
                        .as("a lock not granted in time is no dead letter").isZero();
                other.rollback();
            }

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(procurement(api).get("/api/contracts/lk-locked").status()).isEqualTo(200));
            JsonNode caughtUp = procurement(api).get("/api/contracts/lk-locked?minPosition=" + published.position()).json();
            assertThat(caughtUp.path("regionId").asString()).isEqualTo("lk");
            for (String readModel : List.of("contracts", "timelines", "ocds")) {
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    JsonNode status = status(api, readModel);
                    assertThat(status.path("lag").asLong()).as(status.toString()).isZero();
                    assertThat(status.path("deadLetters").asLong()).as(status.toString()).isZero();
                    assertThat(status.has("error")).as(status.toString()).isFalse();
                });
            }
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(projectionsHealth(api).path("status").asString()).as("going on again").isEqualTo("UP"));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(log.getOut()
                    .substring(log.getOut().indexOf("Read model contracts needs an administrator")))
                    .as("said once it moves on").contains("Read model contracts goes on again: 0 dead letters, at position "));
            assertThat(gauge(api, "ledger.projection.stalled", "contracts")).isZero();
        }
    }

    /** The read models' part of the health, with its details as an administrator sees them. */
    private JsonNode projectionsHealth(ApiClient api) {
        Response health = admin(api).get("/actuator/health/projections");
        assertThat(health.status()).as(health.body()).isEqualTo(200);
        return health.json();
    }

    /** The whole health as anyone sees it. */
    private static JsonNode publicHealth(ApiClient api) {
        Response health = api.anonymous().get("/actuator/health");
        assertThat(health.status()).as(health.body()).isEqualTo(200);
        return health.json();
    }

    private static JsonNode projection(JsonNode health, String name) {
        JsonNode projection = health.path("details").path(name);
        assertThat(projection.isObject()).as(health.toString()).isTrue();
        return projection;
    }

    private double gauge(ApiClient api, String metric, String projection) {
        Response gauge = admin(api).get("/actuator/metrics/" + metric + "?tag=projection:" + projection);
        assertThat(gauge.status()).as(gauge.body()).isEqualTo(200);
        return gauge.json().path("measurements").get(0).path("value").asDouble();
    }

    /** With a stall counted after {@link #STALL_AFTER}, and every read model watched every {@link #WATCH_EVERY}. */
    private static String[] withStallAfterOneSecond(String[] properties) {
        String[] with = java.util.Arrays.copyOf(properties, properties.length + 2);
        with[properties.length] = "ledger.read-models.stall-after=" + STALL_AFTER.toMillis() + "ms";
        with[properties.length + 1] = "ledger.read-models.watch-every=" + WATCH_EVERY.toMillis() + "ms";
        return with;
    }

    private JsonNode status(ApiClient api, String name) {
        for (JsonNode status : admin(api).get("/api/admin/projections").json()) {
            if (status.path("name").asString().equals(name)) {
                return status;
            }
        }
        throw new AssertionError("no projection " + name);
    }

    private static String contract(String id) {
        return contract(id, "dl");
    }

    private static String contract(String id, String region) {
        return """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s-s1"], "kind": "OPEN_HOUSE", "title": "C",
                 "route": {"type": "OPEN_HOUSE"}, "startsOn": "2022-01-01", "endsOn": "2027-12-31",
                 "document": {"title": "C", "sha256": "%s"}}""".formatted(id, region, region, "34".repeat(32));
    }

    private static void created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }
}
