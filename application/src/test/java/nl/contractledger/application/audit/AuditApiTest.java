package nl.contractledger.application.audit;

import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.security.PublicKey;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The event feed, verification and checkpoints through the API, on the running application. */
class AuditApiTest extends ApiTest {

    @Autowired
    private AuditKeys keys;

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
