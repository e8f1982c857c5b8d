package nl.contractledger.application.security;

import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may do what with the region endpoints (API.md, Security). */
class AccessTest extends ApiTest {

    @Test
    void givenNoCredentials_whenHealthIsAsked_thenItAnswersUp() {
        Response health = api.anonymous().get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
        assertThat(health.json().has("components")).as("the parts only for administrators").isFalse();
    }

    @Test
    void givenTheAdmin_whenHealthIsAsked_thenItShowsEachReadModelsPositionLagAndDeadLetters() {
        Response health = api.as("admin").get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        tools.jackson.databind.JsonNode projections = health.json().path("components").path("projections");
        assertThat(projections.path("status").asString()).as(health.body()).isEqualTo("UP");
        for (String readModel : java.util.List.of("regions", "providers", "tenders", "contracts", "revisions", "timelines", "ocds",
                "RevisionFinalisationSagaProcessor")) {
            assertThat(projections.path("details").path(readModel).path("deadLetters").isNumber()).as(readModel).isTrue();
            assertThat(projections.path("details").path(readModel).path("lag").isNumber()).as(readModel).isTrue();
        }
        assertThat(api.as("auditor").get("/actuator/health").json().has("components")).isFalse();
    }

    @Test
    void givenTheAdmin_whenAMetricIsAsked_thenItIsServed() {
        Response checkpoints = api.as("admin").get("/actuator/metrics/ledger.h2.checkpoint");

        assertThat(checkpoints.status()).isEqualTo(200);
        assertThat(checkpoints.json().path("name").asString()).isEqualTo("ledger.h2.checkpoint");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"procurement", "auditor", "legal"})
    void givenARoleOtherThanAdmin_whenTheMetricsAreAsked_thenForbidden(String user) {
        assertThat(api.as(user).get("/actuator/metrics").status()).isEqualTo(403);
        assertThat(api.anonymous().get("/actuator/metrics").status()).isEqualTo(401);
    }

    @Test
    void givenNoCredentials_whenTheOpenApiDescriptionIsAsked_thenItIsServed() {
        Response description = api.anonymous().get("/v3/api-docs");

        assertThat(description.status()).isEqualTo(200);
        assertThat(description.json().path("paths").has("/api/regions")).isTrue();
    }

    @Test
    void givenNoCredentials_whenARegionIsRead_thenUnauthorizedAsAProblem() {
        Response refused = api.anonymous().get("/api/regions/haaglanden");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.code()).isEqualTo("UNAUTHORIZED");
        assertThat(refused.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void givenAWrongPassword_whenARegionIsRead_thenUnauthorized() {
        Response refused = api.as("auditor", "not-the-password").get("/api/regions/haaglanden");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.code()).isEqualTo("UNAUTHORIZED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"auditor", "legal", "admin"})
    void givenARoleOtherThanProcurement_whenACommandIsSent_thenForbidden(String user) {
        Response refused = api.as(user).post("/api/regions",
                "{\"id\": \"" + unique("forbidden") + "\", \"name\": \"R\", \"municipalities\": [\"Delft\"]}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("FORBIDDEN");
    }

    @ParameterizedTest(name = "{0} reads the history")
    @CsvSource({"procurement", "auditor", "legal"})
    void givenAReadingRole_whenTheHistoryIsAsked_thenAllowed(String user) {
        String region = unique("readable");
        api.as("procurement").post("/api/regions",
                "{\"id\": \"" + region + "\", \"name\": \"R\", \"municipalities\": [\"Delft\"]}");

        assertThat(api.as(user).get("/api/regions/" + region + "/history").status()).isEqualTo(200);
    }

    @Test
    void givenTheAdminRole_whenARegionIsRead_thenForbidden() {
        Response refused = api.as("admin").get("/api/regions/haaglanden");

        assertThat(refused.status()).isEqualTo(403);
    }
}
