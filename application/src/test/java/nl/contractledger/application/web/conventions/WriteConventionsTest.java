package nl.contractledger.application.web.conventions;

import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.EventCount;
import nl.contractledger.application.support.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** ETag and If-Match, Idempotency-Key, ALREADY_EXISTS and rule violations, as API.md fixes them. */
class WriteConventionsTest extends ApiTest {

    @Autowired
    private JdbcClient jdbc;

    private EventCount events;
    private String region;

    @BeforeEach
    void registerRegion() {
        events = new EventCount(jdbc);
        region = unique("region");
        Response registered = api.as("procurement").post("/api/regions",
                "{\"id\": \"%s\", \"name\": \"R\", \"municipalities\": [\"Delft\", \"Voorschoten\"]}".formatted(region));
        assertThat(registered.status()).isEqualTo(201);
    }

    @Test
    void givenAnExistingId_whenRegisteredAgain_thenAlreadyExistsAndNothingWritten() {
        long before = events.total();

        Response again = api.as("procurement").post("/api/regions",
                "{\"id\": \"%s\", \"name\": \"Other\", \"municipalities\": [\"Leiden\"]}".formatted(region));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ALREADY_EXISTS");
        assertThat(events.total()).isEqualTo(before);
    }

    @Test
    void givenAStaleIfMatch_whenCommandSent_thenVersionConflictAndNothingWritten() {
        Response stale = api.as("procurement").header("If-Match", "\"3\"").post(admission(), leiden());

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.code()).isEqualTo("VERSION_CONFLICT");
        assertThat(stale.json().path("expectedVersion").asLong()).isEqualTo(3);
        assertThat(stale.json().path("actualVersion").asLong()).isZero();
        assertThat(events.ofRegion(region)).isEqualTo(1);
    }

    @Test
    void givenTheCurrentIfMatch_whenCommandSent_thenAcceptedWithTheNextVersionAsETag() {
        Response current = api.as("procurement").header("If-Match", "\"0\"").post(admission(), leiden());

        assertThat(current.status()).isEqualTo(200);
        assertThat(current.header("ETag")).isEqualTo("\"1\"");
        assertThat(events.ofRegion(region)).isEqualTo(2);
    }

    @Test
    void givenAMalformedIfMatch_whenCommandSent_thenValidationFailed() {
        Response malformed = api.as("procurement").header("If-Match", "version three").post(admission(), leiden());

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(events.ofRegion(region)).isEqualTo(1);
    }

    @Test
    void givenAnIdempotencyKey_whenTheSameRequestIsRepeated_thenTheFirstAnswerReturnsAndNothingMoreIsWritten() {
        String key = UUID.randomUUID().toString();

        Response first = api.as("procurement").header("Idempotency-Key", key).post(admission(), leiden());
        Response repeat = api.as("procurement").header("Idempotency-Key", key).post(admission(), leiden());

        assertThat(first.status()).isEqualTo(200);
        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.json()).isEqualTo(first.json());
        assertThat(events.ofRegion(region)).isEqualTo(2);
    }

    @Test
    void givenAnIdempotencyKey_whenReusedWithAnotherBody_thenIdempotencyKeyReusedAndNothingWritten() {
        String key = UUID.randomUUID().toString();
        api.as("procurement").header("Idempotency-Key", key).post(admission(), leiden());

        Response reused = api.as("procurement").header("Idempotency-Key", key)
                .post(admission(), "{\"name\": \"Katwijk\", \"effectiveOn\": \"2025-01-01\"}");

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(events.ofRegion(region)).isEqualTo(2);
    }

    @Test
    void givenAnIdempotencyKeyOfARejectedCommand_whenRepeated_thenTheRuleIsCheckedAgain() {
        String key = UUID.randomUUID().toString();
        String notAMember = "{\"effectiveOn\": \"2024-01-01\", \"reason\": \"never joined\"}";

        Response first = api.as("procurement").header("Idempotency-Key", key)
                .post("/api/regions/" + region + "/municipalities/Leiden/withdrawal", notAMember);
        Response repeat = api.as("procurement").header("Idempotency-Key", key)
                .post("/api/regions/" + region + "/municipalities/Leiden/withdrawal", notAMember);

        assertThat(first.status()).isEqualTo(422);
        assertThat(repeat.status()).isEqualTo(422);
        assertThat(repeat.code()).isEqualTo("MUNICIPALITY_NOT_MEMBER");
    }

    @Test
    void givenAMember_whenAdmittedAgain_thenUnprocessableWithTheRuleCode() {
        Response again = api.as("procurement").post(admission(), "{\"name\": \"delft\", \"effectiveOn\": \"2025-01-01\"}");

        assertThat(again.status()).isEqualTo(422);
        assertThat(again.code()).isEqualTo("MUNICIPALITY_ALREADY_MEMBER");
        assertThat(again.json().path("field").asString()).isEqualTo("name");
        assertThat(events.ofRegion(region)).isEqualTo(1);
    }

    @Test
    void givenAPositionNotYetReached_whenReadWithMinPosition_thenTheReadWaitsOrAnswersServiceUnavailable() {
        Response farAhead = api.as("auditor").get("/api/regions/" + region + "?minPosition=" + Long.MAX_VALUE / 2);

        assertThat(farAhead.status()).isEqualTo(503);
        assertThat(farAhead.code()).isEqualTo("READ_MODEL_BEHIND");
        assertThat(farAhead.header("Retry-After")).isEqualTo("1");
    }

    private String admission() {
        return "/api/regions/" + region + "/municipalities";
    }

    private static String leiden() {
        return "{\"name\": \"Leiden\", \"effectiveOn\": \"2025-01-01\"}";
    }
}
