package nl.contractledger.application.reliability;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.ReadModelsReplayed;
import nl.contractledger.application.support.Response;
import nl.contractledger.application.support.RunningApplication;
import nl.contractledger.application.support.Staff;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static nl.contractledger.application.reliability.Fixture.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A read model whose document misses events of its stream answers wrong without knowing it. Here the contract
 * register's token is moved past a KPI result, as if those events had never been delivered: the next event of that
 * contract finds its document two versions behind, and the register's health calls for an administrator, with how
 * often it was seen, also after a restart, until a rebuild has given the documents every event again.
 */
class DocumentsThatMissedEventsTest {

    private static final Staff STAFF = Staff.DEVELOPMENT;

    @Test
    void givenEventsThatNeverReachedTheContractRegister_whenALaterEventOfTheContractDoes_thenItsHealthCallsForTheRebuildThatMendsIt() {
        String database = "spring.datasource.url=jdbc:h2:mem:missed-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        String contract;
        try (RunningApplication app = RunningApplication.start(database)) {
            ApiClient.Call procurement = STAFF.procurement(app.api());
            ApiClient.Call admin = STAFF.admin(app.api());
            contract = Fixture.contractsWithAKpi(procurement, "missed", 1).keySet().iterator().next();
            ReadModelsReplayed.awaitCaughtUp(admin, Duration.ofSeconds(30));
            StreamingEventProcessor register = app.bean(EventProcessingConfiguration.class)
                    .eventProcessor("contracts", StreamingEventProcessor.class).orElseThrow();
            register.shutDown();

            Response skipped = expect(result(procurement, contract, "2026-H1", 1), 200);
            passOver(app, skipped.position());
            expect(result(procurement, contract, "2026-H2", 20), 200);
            register.start();

            JsonNode degraded = await().atMost(Duration.ofSeconds(30)).until(() -> health(admin),
                    health -> health.path("details").path("contracts").has("missedEvents"));
            assertDegradedByTheRegisterAlone(degraded);
            assertThat(app.jdbc().sql("""
                            SELECT kind || ' ' || id || ' ' || at_version || ' ' || sequence_number FROM read_model_missed_event""")
                    .query(String.class).list()).containsExactly("contract " + contract + " 1 4");
            assertThat(periods(procurement, contract)).as("what the register answers misses the result").containsExactly("2026-H2");
        }

        try (RunningApplication app = RunningApplication.start(database)) {
            ApiClient.Call procurement = STAFF.procurement(app.api());
            ApiClient.Call admin = STAFF.admin(app.api());
            assertDegradedByTheRegisterAlone(health(admin)); // a restart mends nothing

            expect(admin.post("/api/admin/projections/contracts/replay", ""), 202);
            JsonNode mended = await().atMost(Duration.ofSeconds(30)).until(() -> health(admin),
                    health -> "UP".equals(health.path("status").asString()));
            assertThat(mended.path("details").path("contracts").has("missedEvents")).as(mended.toString()).isFalse();
            assertThat(periods(procurement, contract)).containsExactly("2026-H1", "2026-H2");
        }
    }

    /** The health calls for an administrator for the contract register's missed events, and for no other read model's. */
    private static void assertDegradedByTheRegisterAlone(JsonNode health) {
        assertThat(health.path("status").asString()).as(health.toString()).isEqualTo("DEGRADED");
        assertThat(health.path("details").path("contracts").path("missedEvents").asLong()).isOne();
        assertThat(health.path("details").path("regions").has("missedEvents")).isFalse();
    }

    private static Response result(ApiClient.Call procurement, String contract, String period, int value) {
        return procurement.post("/api/contracts/" + contract + "/kpis/kpi/results",
                "{\"period\": \"%s\", \"value\": \"%d\"}".formatted(period, value));
    }

    /** Moves the register's token to the position, with no gap: the events up to it will never be delivered. */
    private static void passOver(RunningApplication app, long position) {
        TokenStore tokens = app.bean(TokenStore.class);
        app.bean(TransactionTemplate.class).executeWithoutResult(status -> {
            tokens.fetchToken("contracts", 0);
            tokens.storeToken(GapAwareTrackingToken.newInstance(position, Set.of()), "contracts", 0);
            tokens.releaseClaim("contracts", 0);
        });
    }

    private static JsonNode health(ApiClient.Call admin) {
        return admin.get("/actuator/health/projections").json();
    }

    private static List<String> periods(ApiClient.Call procurement, String contract) {
        return Fixture.expect(procurement.get("/api/contracts/" + contract), 200).json()
                .path("kpis").get(0).path("results").findValuesAsString("period");
    }
}
