package nl.contractledger.application.persistence;

import nl.contractledger.application.admin.ProjectionRebuild;
import nl.contractledger.application.admin.RebuildProgress;
import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.EventCount;
import nl.contractledger.application.support.Response;
import nl.contractledger.application.support.RunningApplication;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What must hold on every database: an acknowledged region survives a restart, and the global
 * event index runs 1, 2, 3, ... without a gap across restarts; a read model whose tokens a migration deleted is
 * rebuilt from the first event once the application has started, its list refused until then.
 */
abstract class RestartContract {

    /** The properties that put the application on the database under test. */
    protected abstract String[] database();

    /** Someone with the PROCUREMENT role on that set-up. */
    protected abstract ApiClient.Call procurement(ApiClient api);

    /** Someone with the AUDITOR role on that set-up. */
    protected abstract ApiClient.Call auditor(ApiClient api);

    @Test
    void givenARegisteredRegion_whenTheApplicationRestarts_thenTheRegionIsStillThereAndTheIndexHasNoGaps() {
        Response registered;
        try (RunningApplication first = RunningApplication.start(database())) {
            registered = procurement(first.api()).post("/api/regions",
                    "{\"id\": \"kept\", \"name\": \"Kept\", \"municipalities\": [\"Delft\", \"Voorschoten\"]}");
            assertThat(registered.status()).isEqualTo(201);
        }

        try (RunningApplication second = RunningApplication.start(database())) {
            Response read = auditor(second.api()).get("/api/regions/kept?minPosition=" + registered.position());
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json().path("name").asString()).isEqualTo("Kept");

            Response withdrew = procurement(second.api()).post(
                    "/api/regions/kept/municipalities/Voorschoten/withdrawal",
                    "{\"effectiveOn\": \"2024-01-01\", \"reason\": \"left\"}");
            assertThat(withdrew.status()).isEqualTo(200);
            assertThat(withdrew.position()).isEqualTo(registered.position() + 1);

            List<Long> index = second.jdbc().sql("SELECT global_index FROM domain_event_entry ORDER BY global_index")
                    .query(Long.class).list();
            assertThat(index).containsExactlyElementsOf(LongStream.rangeClosed(1, index.size()).boxed().toList());
        }
    }

    @Test
    void givenTheRegionsTokensDeletedAsAMigrationDoes_whenTheApplicationRestarts_thenTheRebuildBuildsThemBeforeTheirListAnswers() {
        try (RunningApplication first = RunningApplication.start(database())) {
            assertThat(procurement(first.api()).post("/api/regions",
                    "{\"id\": \"set-back\", \"name\": \"Set back\", \"municipalities\": [\"Delft\"]}").status()).isEqualTo(201);
            first.bean(EventProcessingConfiguration.class).eventProcessor("regions", StreamingEventProcessor.class)
                    .orElseThrow().shutDown();
            assertThat(first.jdbc().sql("DELETE FROM token_entry WHERE processor_name = 'regions'").update()).isPositive();
        }

        try (RunningApplication second = RunningApplication.start(database())) {
            Response regions = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> auditor(second.api()).get("/api/regions"), read -> read.status() != 503);
            assertThat(regions.status()).as(regions.body()).isEqualTo(200);
            assertThat(regions.json().findValuesAsString("id")).contains("set-back");
            RebuildProgress rebuilt = second.bean(ProjectionRebuild.class).progress("regions").orElseThrow();
            assertThat(rebuilt.done()).isTrue();
            assertThat(rebuilt.failure()).isNull();
            assertThat(rebuilt.events()).isEqualTo(new EventCount(second.jdbc()).total());
        }
    }
}
