package nl.contractledger.application.admin;

import nl.contractledger.application.readmodel.ReadModels;
import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.ProjectionStatuses;
import nl.contractledger.application.support.EventCount;
import nl.contractledger.application.support.Response;
import nl.contractledger.application.support.RunningApplication;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A read model without any token on a store with events — its tokens deleted by a migration, or new — is marked as
 * being rebuilt before the processors start, so that its lists refuse rather than answer the part built so far, and
 * is rebuilt from the first event by the rebuild path once the application is ready, not by its processor.
 */
class UnbuiltReadModelsTest {

    private static final String DOCUMENT = "{\"title\": \"C\", \"sha256\": \"" + "57".repeat(32) + "\"}";
    private static final String TIMELINE = "/api/segments/ub-s1/timeline";

    @TempDir
    Path directory;

    @Test
    void givenTheTimelinesWithoutTokensOnAStoreWithEvents_whenTheyAreMarked_thenTheirListsAre503UntilTheRebuildHasBuiltThemWhole() {
        try (RunningApplication app = RunningApplication.start(inMemory())) {
            long head = history(app.api().as("procurement"));
            JsonNode before = timeline(app.api(), head);
            StreamingEventProcessor timelines = app.bean(EventProcessingConfiguration.class)
                    .eventProcessor("timelines", StreamingEventProcessor.class).orElseThrow();
            timelines.shutDown();
            leaveAsAMigrationLeavesThem(app, "timelines");

            assertThat(app.bean(UnbuiltReadModels.class).mark()).as("only the read model without tokens").containsExactly("timelines");

            Response refused = app.api().as("procurement").get(TIMELINE);
            assertThat(refused.status()).as(refused.body()).isEqualTo(503);
            assertThat(refused.code()).isEqualTo("READ_MODEL_REBUILDING");
            assertThat(app.api().as("procurement").get("/api/contracts?regionId=ub").status()).as("another read model's list")
                    .isEqualTo(200);
            assertThat(ProjectionStatuses.of(app.api().as("admin"), "timelines").path("replaying").asBoolean()).isTrue();

            app.bean(UnbuiltReadModels.class).rebuild();
            await().atMost(Duration.ofSeconds(60)).until(() -> app.bean(ProjectionRebuild.class).progress("timelines")
                    .filter(RebuildProgress::done).isPresent());
            assertThat(app.bean(ReadModels.class).storedPosition("timelines")).as("tokens stored by the rebuild itself")
                    .isGreaterThanOrEqualTo(head);
            assertThat(timeline(app.api(), head)).as("whole again").isEqualTo(before);
            assertRebuiltFromTheFirstEvent(app, head);
            assertThat(timelines.isRunning()).as("its processor goes on after the rebuild").isTrue();
        }
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void givenAStoreWhoseTimelinesAMigrationSetBack_whenTheApplicationStarts_thenTheRebuildBuildsThemAndNothingElse(CapturedOutput log) {
        String[] file = {"spring.datasource.url=jdbc:h2:file:" + directory.resolve("ledger").toAbsolutePath()};
        long head;
        JsonNode before;
        try (RunningApplication earlier = RunningApplication.start(file)) {
            head = history(earlier.api().as("procurement"));
            before = timeline(earlier.api(), head);
            earlier.bean(EventProcessingConfiguration.class).eventProcessor("timelines", StreamingEventProcessor.class)
                    .orElseThrow().shutDown();
            leaveAsAMigrationLeavesThem(earlier, "timelines");
        }
        try (RunningApplication upgraded = RunningApplication.start(file)) {
            assertThat(timeline(upgraded.api(), head)).isEqualTo(before);
            assertRebuiltFromTheFirstEvent(upgraded, head);
            assertThat(upgraded.bean(ProjectionRebuild.class).progress("contracts")).as("a read model with its tokens").isEmpty();
            assertThat(log.getOut()).contains("Read model timelines has no tokens while the store holds events up to position " + head)
                    .contains("Rebuilt [timelines] from the first event: " + new EventCount(upgraded.jdbc()).total() + " events");
        }
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void givenAnEventTheRebuildCannotRead_whenTheUnbuiltTimelinesAreRebuilt_thenTheFailureIsLoggedAndShownInTheirStatus(CapturedOutput log) {
        try (RunningApplication app = RunningApplication.start(inMemory())) {
            history(app.api().as("procurement"));
            app.bean(EventProcessingConfiguration.class).eventProcessor("timelines", StreamingEventProcessor.class)
                    .orElseThrow().shutDown();
            leaveAsAMigrationLeavesThem(app, "timelines");
            app.jdbc().sql("""
                            INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                                                            time_stamp, payload_type, payload_revision, payload, meta_data)
                            SELECT :unreadable, aggregate_identifier, 2, type, time_stamp, payload_type, payload_revision,
                                   :payload, meta_data
                            FROM domain_event_entry WHERE aggregate_identifier = 'contract:ub-c' AND sequence_number = 0""")
                    .param("unreadable", UUID.randomUUID().toString()).param("payload", "{not json".getBytes()).update();

            assertThat(app.bean(UnbuiltReadModels.class).mark()).containsExactly("timelines");
            app.bean(UnbuiltReadModels.class).rebuild();
            RebuildProgress failed = await().atMost(Duration.ofSeconds(60)).until(
                    () -> app.bean(ProjectionRebuild.class).progress("timelines").orElse(null), progress -> progress != null && progress.done());
            assertThat(failed.failure()).isNotNull();
            assertThat(log.getOut()).contains("Rebuilding [timelines] failed after").doesNotContain("Rebuilt [timelines]");
            assertThat(ProjectionStatuses.of(app.api().as("admin"), "timelines").path("error").asString()).isEqualTo(failed.failure());
        }
    }

    @Test
    void givenAnEmptyStore_whenAReadModelHasNoTokens_thenItIsNotMarked() {
        try (RunningApplication app = RunningApplication.start(inMemory())) {
            app.bean(EventProcessingConfiguration.class).eventProcessor("providers", StreamingEventProcessor.class)
                    .orElseThrow().shutDown();
            app.jdbc().sql("DELETE FROM token_entry WHERE processor_name = 'providers'").update();

            assertThat(app.bean(UnbuiltReadModels.class).mark()).isEmpty();
            assertThat(app.jdbc().sql("SELECT COUNT(*) FROM read_model_rebuild").query(Long.class).single()).isZero();
        }
    }

    private static String inMemory() {
        return "spring.datasource.url=jdbc:h2:mem:unbuilt-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    /** A region, a segment, an open-house contract for it, extended; answers the position of the last event. */
    private static long history(ApiClient.Call procurement) {
        created(procurement.post("/api/regions", "{\"id\": \"ub\", \"name\": \"R\", \"municipalities\": [\"Delft\"]}"));
        created(procurement.post("/api/regions/ub/segments", "{\"id\": \"ub-s1\", \"number\": 1, \"name\": \"S\", "
                + "\"procurementForm\": \"OPEN_HOUSE\", \"fundingForm\": \"EFFORT_BASED\"}"));
        created(procurement.post("/api/contracts", """
                {"id": "ub-c", "regionId": "ub", "segmentIds": ["ub-s1"], "kind": "OPEN_HOUSE", "title": "C",
                 "route": {"type": "OPEN_HOUSE"}, "startsOn": "2022-01-01", "endsOn": "2027-12-31", "document": %s}"""
                .formatted(DOCUMENT)));
        Response extended = procurement.post("/api/contracts/ub-c/extensions", """
                {"newEndsOn": "2028-12-31", "basis": {"type": "OTHER", "article": "2.163b", "justification": "continuity"},
                 "costPriceStudyRef": "KPO-2027"}""");
        assertThat(extended.status()).as(extended.body()).isEqualTo(200);
        return extended.position();
    }

    /** Deletes the read model's tokens and empties its tables, as a migration that changes what it keeps does. */
    private static void leaveAsAMigrationLeavesThem(RunningApplication app, String readModel) {
        for (String table : app.bean(ReadModelBeans.class).ownTables(readModel)) {
            app.jdbc().sql("DELETE FROM " + table).update();
        }
        assertThat(app.jdbc().sql("DELETE FROM token_entry WHERE processor_name = :name").param("name", readModel).update())
                .isPositive();
    }

    /** The segment's timeline once it answers (a client retries a 503, as its {@code Retry-After} says). */
    private static JsonNode timeline(ApiClient api, long position) {
        Response timeline = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.as("auditor").get(TIMELINE + "?minPosition=" + position), read -> read.status() != 503);
        assertThat(timeline.status()).as(timeline.body()).isEqualTo(200);
        assertThat(timeline.json().path("revision").size()).as(timeline.body()).isPositive();
        return timeline.json();
    }

    private static void assertRebuiltFromTheFirstEvent(RunningApplication app, long head) {
        RebuildProgress done = app.bean(ProjectionRebuild.class).progress("timelines").orElseThrow();
        assertThat(done.done()).isTrue();
        assertThat(done.failure()).isNull();
        assertThat(done.events()).as("every event, by the rebuild").isEqualTo(new EventCount(app.jdbc()).total());
        assertThat(app.bean(ReadModels.class).storedPosition("timelines")).isGreaterThanOrEqualTo(head);
        assertThat(app.jdbc().sql("SELECT COUNT(*) FROM read_model_rebuild").query(Long.class).single())
                .as("the mark, passed, is gone").isZero();
        JsonNode status = ProjectionStatuses.of(app.api().as("admin"), "timelines");
        assertThat(status.path("replaying").asBoolean()).as(status.toString()).isFalse();
        assertThat(status.path("deadLetters").asLong()).as(status.toString()).isZero();
    }

    private static void created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }
}
