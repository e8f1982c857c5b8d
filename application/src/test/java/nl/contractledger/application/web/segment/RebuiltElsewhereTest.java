package nl.contractledger.application.web.segment;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.Response;
import nl.contractledger.application.support.RunningApplication;
import nl.contractledger.domain.shared.BusinessDates;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A segment's history and a region's deadlines are found through the timelines read model. When another node clears
 * that read model to rebuild it (its tables emptied, its tokens set back to the start), this node knows nothing of
 * the rebuild: both must then refuse with {@code 503 READ_MODEL_BEHIND} rather than answer the little the read model
 * still knows of (a history without the contract, deadlines without its end), and answer whole again once the read
 * model has caught up.
 */
class RebuiltElsewhereTest {

    /** An end some years from today, whenever the test runs: the contract's end is a deadline to watch. */
    private static final LocalDate RUNNING_UNTIL = BusinessDates.today().plusYears(3);

    @Test
    void givenTheTimelinesClearedByAnotherNode_whenASegmentsHistoryOrItsRegionsDeadlinesAreRead_thenTheyAre503UntilTheyHaveCaughtUp() {
        try (RunningApplication app = RunningApplication.start(
                "spring.datasource.url=jdbc:h2:mem:elsewhere-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "ledger.read-models.wait-timeout=1s")) {
            ApiClient.Call procurement = app.api().as("procurement");
            created(procurement.post("/api/regions", "{\"id\": \"ew\", \"name\": \"R\", \"municipalities\": [\"Delft\"]}"));
            created(procurement.post("/api/regions/ew/segments", "{\"id\": \"ew-s1\", \"number\": 1, \"name\": \"S\", \"procurementForm\": \"OPEN_HOUSE\", \"fundingForm\": \"EFFORT_BASED\"}"));
            Response published = procurement.post("/api/contracts", """
                    {"id": "ew-c", "regionId": "ew", "segmentIds": ["ew-s1"], "kind": "OPEN_HOUSE", "title": "C",
                     "route": {"type": "OPEN_HOUSE"}, "startsOn": "2022-01-01", "endsOn": "%s",
                     "document": {"title": "C", "sha256": "%s"}}""".formatted(RUNNING_UNTIL, "56".repeat(32)));
            created(published);
            ApiClient.Call auditor = app.api().as("auditor");
            List<String> whole = types(auditor.get("/api/segments/ew-s1/history?minPosition=" + published.position()));
            assertThat(whole).containsExactly("SegmentDefined", "ContractPublished");
            List<String> deadlines = aggregates(auditor.get("/api/regions/ew/deadlines?within=3660"));
            assertThat(deadlines).containsExactly("ew-c");

            StreamingEventProcessor timelines = app.bean(EventProcessingConfiguration.class)
                    .eventProcessor("timelines", StreamingEventProcessor.class).orElseThrow();
            timelines.shutDown();
            app.bean(TransactionTemplate.class).executeWithoutResult(status -> {
                app.jdbc().sql("DELETE FROM timeline_subject").update();
                app.bean(TokenStore.class).storeToken(null, "timelines", 0);
            });

            Response meanwhile = auditor.get("/api/segments/ew-s1/history");
            assertThat(meanwhile.status()).as(meanwhile.body()).isEqualTo(503);
            assertThat(meanwhile.code()).isEqualTo("READ_MODEL_BEHIND");
            assertThat(meanwhile.header("Retry-After")).isNotBlank();
            Response watched = auditor.get("/api/regions/ew/deadlines?within=3660");
            assertThat(watched.status()).as(watched.body()).isEqualTo(503);
            assertThat(watched.code()).isEqualTo("READ_MODEL_BEHIND");

            timelines.start();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(auditor.get("/api/segments/ew-s1/history").status()).isEqualTo(200));
            assertThat(types(auditor.get("/api/segments/ew-s1/history"))).isEqualTo(whole);
            assertThat(aggregates(auditor.get("/api/regions/ew/deadlines?within=3660"))).isEqualTo(deadlines);
        }
    }

    private static List<String> types(Response history) {
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        List<String> types = new java.util.ArrayList<>();
        for (JsonNode event : history.json().path("events")) {
            types.add(event.path("type").asString().replaceAll("Event$", ""));
        }
        return types;
    }

    private static List<String> aggregates(Response deadlines) {
        assertThat(deadlines.status()).as(deadlines.body()).isEqualTo(200);
        List<String> aggregates = new java.util.ArrayList<>();
        deadlines.json().path("deadlines").forEach(deadline -> aggregates.add(deadline.path("aggregateId").asString()));
        return aggregates;
    }

    private static void created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }
}
