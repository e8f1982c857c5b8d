package nl.contractledger.application.process;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.Response;
import nl.contractledger.application.support.RunningApplication;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * When revising a contract fails, the process manager does not swallow it: its processor shows the
 * error and keeps retrying the event. Runs on an application of its own, since the failure persists.
 */
class RevisionProcessFailureTest {

    private static final String HASH = "77".repeat(32);

    @Test
    void givenAContractTerminatedBeforeTheRevisionIsFinal_whenFinalised_thenTheProcessShowsTheErrorAndRetries() {
        try (RunningApplication application = RunningApplication.start(
                "spring.datasource.url=jdbc:h2:mem:process-failure;DB_CLOSE_DELAY=-1")) {
            ApiClient.Call procurement = application.api().as("procurement");
            procurement.post("/api/regions", "{\"id\": \"rg\", \"name\": \"R\", \"municipalities\": [\"Delft\"]}");
            procurement.post("/api/regions/rg/segments", "{\"id\": \"rg-s5\", \"number\": 5, \"name\": \"S\", "
                    + "\"procurementForm\": \"REVISION\", \"fundingForm\": \"EFFORT_BASED\"}");
            procurement.post("/api/contracts", """
                    {"id": "cc", "regionId": "rg", "segmentIds": ["rg-s5"], "kind": "OPEN_HOUSE", "title": "C",
                     "route": {"type": "OPEN_HOUSE"}, "startsOn": "2022-01-01", "endsOn": "2027-12-31",
                     "document": {"title": "C", "sha256": "%s"}}""".formatted(HASH));
            String text = "{\"title\": \"T\", \"sha256\": \"" + HASH + "\"}";
            post(procurement, "/api/revisions", "{\"id\": \"rev\", \"regionId\": \"rg\", \"segmentIds\": [\"rg-s5\"], "
                    + "\"contractIds\": [\"cc\"], \"reason\": \"x\", \"sequence\": 1, \"effectiveOn\": \"2027-01-01\"}");
            post(procurement, "/api/revisions/rev/texts", "{\"version\": 1, \"document\": " + text
                    + ", \"presentedOn\": \"2026-01-15\", \"responseDeadline\": \"2026-02-15\"}");
            post(procurement, "/api/revisions/rev/response-closure", "{\"closedOn\": \"2026-02-15\"}");
            post(procurement, "/api/revisions/rev/publication", "{\"publishedOn\": \"2026-03-16\", \"document\": " + text + "}");
            post(procurement, "/api/contracts/cc/termination", "{\"effectiveOn\": \"2026-06-01\", \"reason\": \"provider bankrupt\"}");
            post(procurement, "/api/revisions/rev/finalisation", "{\"finalisedOn\": \"2026-06-30\"}");

            StreamingEventProcessor process = application.bean(EventProcessingConfiguration.class)
                    .eventProcessor("RevisionFinalisationSagaProcessor", StreamingEventProcessor.class).orElseThrow();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(process.processingStatus().values())
                    .anySatisfy(status -> {
                        assertThat(status.isErrorState()).isTrue();
                        assertThat(status.getError()).hasMessageContaining("terminated");
                    }));
            assertThat(process.isRunning()).as("it keeps trying").isTrue();
            assertThat(procurement.get("/api/contracts/cc/versions/2").status()).isEqualTo(404);
        }
    }

    private static void post(ApiClient.Call procurement, String path, String body) {
        Response response = procurement.post(path, body);
        assertThat(response.status()).as(path + " " + response.body()).isIn(200, 201);
    }

}
