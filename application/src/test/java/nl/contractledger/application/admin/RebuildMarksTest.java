package nl.contractledger.application.admin;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.ProjectionStatuses;
import nl.contractledger.application.support.Response;
import nl.contractledger.application.support.RunningApplication;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A read model cleared for a rebuild is marked as being rebuilt up to the head of the store, for every node: its
 * lists, timelines and exports then refuse with {@code 503 READ_MODEL_REBUILDING} rather than answer the part it
 * holds, on a node that runs no rebuild itself (here: the clearing alone, with the processor stopped, as another
 * node's rebuild or a crash leaves it), while a single state is still read whole from its events; once a processor
 * has taken the read model past the mark, they answer again and the mark is gone.
 */
class RebuildMarksTest {

    private static final String DOCUMENT = "{\"title\": \"C\", \"sha256\": \"" + "56".repeat(32) + "\"}";

    @Test
    void givenTheRegisterClearedForARebuild_whenItsListsAreRead_thenTheyAre503UntilAProcessorHasPassedTheMark() {
        try (RunningApplication app = RunningApplication.start(
                "spring.datasource.url=jdbc:h2:mem:marks-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
            ApiClient.Call procurement = app.api().as("procurement");
            created(procurement.post("/api/regions", "{\"id\": \"rm\", \"name\": \"R\", \"municipalities\": [\"Delft\"]}"));
            created(procurement.post("/api/regions/rm/segments", "{\"id\": \"rm-s1\", \"number\": 1, \"name\": \"S\", \"procurementForm\": \"OPEN_HOUSE\", \"fundingForm\": \"EFFORT_BASED\"}"));
            Response published = procurement.post("/api/contracts", """
                    {"id": "rm-c", "regionId": "rm", "segmentIds": ["rm-s1"], "kind": "OPEN_HOUSE", "title": "C",
                     "route": {"type": "OPEN_HOUSE"}, "startsOn": "2022-01-01", "endsOn": "2027-12-31", "document": %s}"""
                    .formatted(DOCUMENT));
            created(published);
            assertThat(ids(procurement.get("/api/contracts?regionId=rm&minPosition=" + published.position()))).containsExactly("rm-c");

            StreamingEventProcessor register = app.bean(EventProcessingConfiguration.class)
                    .eventProcessor("contracts", StreamingEventProcessor.class).orElseThrow();
            register.shutDown();
            int[] segments = app.bean(ReadModelClearing.class).clear("contracts", app.bean(ReadModelBeans.class).handlers("contracts"));
            app.bean(TransactionTemplate.class).executeWithoutResult(status -> {
                for (int segment : segments) {
                    app.bean(TokenStore.class).releaseClaim("contracts", segment);
                }
            });
            assertThat(marks(app)).as("marked up to the head").containsExactly(published.position());

            for (String list : List.of("/api/contracts?regionId=rm", "/api/segments/rm-s1/timeline",
                    "/api/regions/rm/progress", "/api/regions/rm/deadlines")) {
                Response refused = procurement.get(list);
                assertThat(refused.status()).as(list + ": " + refused.body()).isEqualTo(503);
                assertThat(refused.code()).isEqualTo("READ_MODEL_REBUILDING");
                assertThat(refused.json().path("readModel").asString()).isEqualTo("contracts");
                assertThat(refused.json().path("progressPercent").asDouble(-1)).as("nothing handled yet").isZero();
                assertThat(refused.json().path("detail").asString()).contains("(0% done)");
                assertThat(refused.header("Retry-After")).as("no pace known yet").isEqualTo("5");
            }
            assertThat(procurement.get("/api/regions").status()).as("another read model's list").isEqualTo(200);
            Response state = procurement.get("/api/contracts/rm-c");
            assertThat(state.status()).as("a single state, from its events").isEqualTo(200);
            JsonNode status = ProjectionStatuses.of(app.api().as("admin"), "contracts");
            assertThat(status.path("replaying").asBoolean()).as(status.toString()).isTrue();
            assertThat(status.path("progress").asDouble()).isZero();

            register.start();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(procurement.get("/api/contracts?regionId=rm").status()).isEqualTo(200));
            assertThat(ids(procurement.get("/api/contracts?regionId=rm"))).containsExactly("rm-c");
            assertThat(marks(app)).as("passed, so removed").isEmpty();
            assertThat(ProjectionStatuses.of(app.api().as("admin"), "contracts").path("replaying").asBoolean()).isFalse();
        }
    }

    private static List<Long> marks(RunningApplication app) {
        return app.jdbc().sql("SELECT until_position FROM read_model_rebuild WHERE processor_name = 'contracts'")
                .query(Long.class).list();
    }

    private static List<String> ids(Response register) {
        assertThat(register.status()).as(register.body()).isEqualTo(200);
        return register.json().findValuesAsString("id");
    }

    private static void created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }
}
