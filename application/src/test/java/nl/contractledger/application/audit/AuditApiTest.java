package nl.contractledger.application.audit;

import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The event feed, verification and checkpoints through the API, on the running application. */
class AuditApiTest extends ApiTest {

    @Autowired
    private AuditKeys keys;
    @Autowired
    private EventRows rows;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void givenRecordedEvents_whenTheFeedIsPaged_thenEveryEventComesOnceInGlobalOrderWithItsMetadata() {
        String region = unique("feed");
        Response registered = api.as("procurement").header("X-Correlation-Id", "feed-test").post("/api/regions",
                "{\"id\": \"%s\", \"name\": \"F\", \"municipalities\": [\"Delft\", \"Voorschoten\"]}".formatted(region));
        api.as("procurement").post("/api/regions/" + region + "/municipalities/Voorschoten/withdrawal",
                "{\"effectiveOn\": \"2024-01-01\", \"reason\": \"left\"}");

        JsonNode first = api.as("auditor").get("/api/events?afterPosition=" + (registered.position() - 1) + "&limit=1").json();
        JsonNode event = first.path("events").get(0);
        assertThat(event.path("position").asLong()).isEqualTo(registered.position());
        assertThat(event.path("aggregateId").asString()).isEqualTo(region);
        assertThat(event.path("aggregateType").asString()).isEqualTo("Region");
        assertThat(event.path("actor").asString()).isEqualTo("procurement");
        assertThat(event.path("correlationId").asString()).isEqualTo("feed-test");
        assertThat(event.path("payload").path("name").asString()).isEqualTo("F");
        JsonNode next = api.as("procurement").get("/api/events?afterPosition=" + first.path("lastPosition").asLong()
                + "&limit=1").json();
        assertThat(next.path("events").get(0).path("position").asLong()).isGreaterThan(registered.position());
        assertThat(api.as("legal").get("/api/events").status()).isEqualTo(403);
        assertThat(api.as("auditor").get("/api/events?limit=5000").status()).isEqualTo(400);
    }

    @Test
    void givenASealedHistory_whenAnAuditorReadsIt_thenEachEventCarriesItsSealChainedFromTheEventBeforeIt() {
        String region = unique("seals");
        api.as("procurement").post("/api/regions",
                "{\"id\": \"%s\", \"name\": \"S\", \"municipalities\": [\"Delft\", \"Voorschoten\"]}".formatted(region));
        api.as("procurement").post("/api/regions/" + region + "/municipalities/Voorschoten/withdrawal",
                "{\"effectiveOn\": \"2024-01-01\", \"reason\": \"left\"}");

        JsonNode events = await().atMost(Duration.ofSeconds(20)).until(
                () -> api.as("auditor").get("/api/regions/" + region + "/history").json().path("events"),
                history -> history.size() == 2 && history.findValues("seal").size() == 2);

        for (JsonNode event : events) {
            long position = event.path("position").asLong();
            String sealBefore = jdbc.sql("SELECT hash FROM event_seal WHERE position < :position ORDER BY position DESC FETCH FIRST 1 ROWS ONLY")
                    .param("position", position).query(String.class).optional().orElse(HashChain.GENESIS);
            StoredEvent stored = rows.after(position - 1, 1).get(0);
            assertThat(event.path("seal").asString()).as("position " + position)
                    .isEqualTo(HashChain.next(sealBefore, stored));
        }
        JsonNode fed = api.as("auditor").get("/api/events?afterPosition=" + (events.get(1).path("position").asLong() - 1)
                + "&limit=1").json().path("events").get(0);
        assertThat(fed.path("seal").asString()).isEqualTo(events.get(1).path("seal").asString());
    }

    @Test
    void givenARegionAsRecordedBeforeItsLastEvent_whenAnAuditorReadsIt_thenTheAnswerNamesThePositionAndSealOfTheEventItEndsWith() {
        String region = unique("asof-seal");
        api.as("procurement").post("/api/regions",
                "{\"id\": \"%s\", \"name\": \"S\", \"municipalities\": [\"Delft\", \"Voorschoten\"]}".formatted(region));
        api.as("procurement").post("/api/regions/" + region + "/segments", """
                {"id": "%s-s1", "number": 1, "name": "Verblijf", "procurementForm": "OPEN_HOUSE", "fundingForm": "EFFORT_BASED"}"""
                .formatted(region));
        api.as("procurement").post("/api/regions/" + region + "/municipalities/Voorschoten/withdrawal",
                "{\"effectiveOn\": \"2024-01-01\", \"reason\": \"left\"}");
        JsonNode events = await().atMost(Duration.ofSeconds(20)).until(
                () -> api.as("auditor").get("/api/regions/" + region + "/history").json().path("events"),
                history -> history.size() == 3 && history.findValues("seal").size() == 3);
        JsonNode registered = events.get(0);
        JsonNode defined = events.get(1);
        JsonNode withdrawn = events.get(2);

        Response before = api.as("auditor").get("/api/regions/" + region + "?asOf=" + registered.path("recordedAt").asString());
        assertThat(before.status()).as(before.body()).isEqualTo(200);
        assertThat(before.json().path("members").findValues("withdrewOn")).as("Voorschoten not yet withdrawn").isEmpty();
        assertThat(before.header("Ledger-Event-Position")).isEqualTo(registered.path("position").asString());
        assertThat(before.header("Ledger-Event-Seal")).isEqualTo(registered.path("seal").asString());

        Response after = api.as("auditor").get("/api/regions/" + region + "?asOf=" + Instant.now());
        assertThat(after.header("Ledger-Event-Position")).isEqualTo(withdrawn.path("position").asString());
        assertThat(after.header("Ledger-Event-Seal")).isEqualTo(withdrawn.path("seal").asString());
        assertThat(api.as("auditor").get("/api/regions/" + region).header("Ledger-Event-Seal"))
                .as("only a state as recorded at an instant names its last event").isNull();

        // the segment is found through the regions read model's segment index: wait for it to hold the segment
        String caughtUp = "&minPosition=" + withdrawn.path("position").asLong();
        Response segment = api.as("auditor").get("/api/segments/" + region + "-s1?asOf=" + defined.path("recordedAt").asString()
                + caughtUp);
        assertThat(segment.status()).as(segment.body()).isEqualTo(200);
        assertThat(segment.json().path("name").asString()).isEqualTo("Verblijf");
        assertThat(segment.header("Ledger-Event-Position")).as("folded from its region's events")
                .isEqualTo(defined.path("position").asString());
        assertThat(segment.header("Ledger-Event-Seal")).isEqualTo(defined.path("seal").asString());
        assertThat(api.as("auditor").get("/api/segments/" + region + "-s1?asOf=" + registered.path("recordedAt").asString()
                + caughtUp).status()).as("not yet defined").isEqualTo(404);
    }

    @Test
    void givenRecordedEvents_whenACheckpointIsTakenAndTheChainVerified_thenItIsSignedAndOk() throws Exception {
        String region = unique("sealed");
        api.as("procurement").post("/api/regions",
                "{\"id\": \"%s\", \"name\": \"S\", \"municipalities\": [\"Delft\"]}".formatted(region));

        Response taken = api.as("auditor").post("/api/audit/checkpoints", "");
        assertThat(taken.status()).as(taken.body()).isEqualTo(200);
        Checkpoint checkpoint = new Checkpoint(taken.json().path("position").asLong(), taken.json().path("hash").asString(),
                Instant.parse(taken.json().path("recordedAt").asString()), taken.json().path("signature").asString(),
                taken.json().path("keyId").asString());
        JsonNode key = api.as("auditor").get("/api/audit/public-key").json();
        PublicKey publicKey = AuditKeys.decodePublic(key.path("publicKey").asString());
        assertThat(AuditKeys.verify(publicKey, checkpoint.signedText(), checkpoint.signature())).isTrue();
        assertThat(checkpoint.keyId()).isEqualTo(keys.keyId());

        JsonNode verification = api.as("auditor").get("/api/audit/verification").json();
        assertThat(verification.path("ok").asBoolean()).isTrue();
        assertThat(verification.path("verifiedThroughPosition").asLong()).isGreaterThanOrEqualTo(checkpoint.position());
        assertThat(api.as("auditor").get("/api/audit/checkpoints").json().findValuesAsString("hash"))
                .contains(checkpoint.hash());
        assertThat(api.as("procurement").post("/api/audit/checkpoints", "").status()).isEqualTo(403);
    }
}
