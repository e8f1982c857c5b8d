package nl.contractledger.application.persistence;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.Response;
import nl.contractledger.application.support.RunningApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An H2 file written by the version whose timelines named segments by their ids (schema 17, names of providers
 * only in {@code timeline_provider}) is upgraded: the migration clears the timelines, and they are built again
 * from the first event, naming segments by number and name.
 */
class TimelineNamesUpgradeTest {

    private static final String MERGED_BY_ID = "Segment zhz-up-s5 closed and merged into zhz-up-s1";

    @TempDir
    Path directory;

    @Test
    void givenTimelinesWrittenBeforeSegmentsWereNamed_whenTheApplicationIsUpgraded_thenTheyAreBuiltAgainAndNameTheSegments() {
        String[] database = {"spring.datasource.url=jdbc:h2:file:" + directory.resolve("ledger").toAbsolutePath()};
        long closedAt;
        try (RunningApplication before = RunningApplication.start(database)) {
            ApiClient.Call procurement = before.api().as("procurement");
            assertThat(procurement.post("/api/regions", """
                    {"id": "zhz-up", "name": "Zuid-Holland Zuid", "municipalities": ["Dordrecht"]}""").status()).isEqualTo(201);
            assertThat(define(procurement, "zhz-up-s1", 1, "Jeugdhulp met verblijf").status()).isEqualTo(201);
            assertThat(define(procurement, "zhz-up-s5", 5, "Crisis").status()).isEqualTo(201);
            Response closed = procurement.post("/api/regions/zhz-up/segments/zhz-up-s5/closure",
                    "{\"mergeIntoSegmentId\": \"zhz-up-s1\", \"effectiveOn\": \"2026-01-01\", \"decisionRef\": \"AB 2025-06-19\"}");
            assertThat(closed.status()).isEqualTo(200);
            closedAt = closed.position();
            assertThat(summaries(before.api(), closedAt)).hasSize(1);
            leaveAsSchemaSeventeenLeftIt(before.jdbc());
        }

        try (RunningApplication upgraded = RunningApplication.start(database)) {
            assertThat(upgraded.jdbc().sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'TIMELINE_PROVIDER'")
                    .query(Long.class).single()).as("the provider names' old table").isZero();
            assertThat(summaries(upgraded.api(), closedAt))
                    .containsExactly("Segment 5 \"Crisis\" closed and merged into segment 1 \"Jeugdhulp met verblijf\"");
        }
    }

    /** The timeline tables and the schema's history as the version before this one left them, its tokens at the head. */
    private static void leaveAsSchemaSeventeenLeftIt(JdbcClient jdbc) {
        jdbc.sql("UPDATE timeline_entry SET summary = :summary").param("summary", MERGED_BY_ID).update();
        jdbc.sql("DROP TABLE timeline_name").update();
        jdbc.sql("""
                CREATE TABLE timeline_provider (provider_id VARCHAR(64) NOT NULL, name VARCHAR(500) NOT NULL,
                    CONSTRAINT pk_timeline_provider PRIMARY KEY (provider_id))""").update();
        assertThat(jdbc.sql("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '18'").update()).isOne();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM token_entry WHERE processor_name = 'timelines'").query(Long.class).single())
                .isPositive();
    }

    private static List<String> summaries(ApiClient api, long position) {
        JsonNode timeline = api.as("auditor").get("/api/segments/zhz-up-s1/timeline?kind=revision&minPosition=" + position).json();
        return timeline.path("revision").findValuesAsString("summary");
    }

    private static Response define(ApiClient.Call procurement, String id, int number, String name) {
        return procurement.post("/api/regions/zhz-up/segments", """
                {"id": "%s", "number": %d, "name": "%s", "objectives": ["Care close to home"],
                 "procurementForm": "OPEN_HOUSE", "fundingForm": "EFFORT_BASED", "products": [],
                 "effectiveOn": "2022-01-01"}""".formatted(id, number, name));
    }
}
