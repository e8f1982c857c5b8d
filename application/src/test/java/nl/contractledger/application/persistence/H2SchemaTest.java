package nl.contractledger.application.persistence;

import nl.contractledger.application.support.RunningApplication;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema Flyway creates on H2: events, read models, snapshots, tokens and sagas kept in their rows
 * (never large objects, which H2 copies for every query that returns them), and a timeline page
 * answered from its index alone.
 */
class H2SchemaTest {

    @Test
    void givenTheMigratedSchema_whenTheEventColumnsAreListed_thenPayloadAndMetaDataAreKeptInTheRowNotAsLargeObjects() {
        try (RunningApplication application = start()) {
            List<Map<String, Object>> columns = application.jdbc().sql("""
                            SELECT column_name, data_type, character_maximum_length, is_nullable FROM information_schema.columns
                            WHERE table_schema = 'PUBLIC' AND table_name = 'DOMAIN_EVENT_ENTRY'
                            AND column_name IN ('PAYLOAD', 'META_DATA') ORDER BY column_name""")
                    .query().listOfRows();

            assertThat(columns).extracting(column -> column.get("COLUMN_NAME") + " " + column.get("DATA_TYPE") + " "
                            + column.get("CHARACTER_MAXIMUM_LENGTH") + " " + column.get("IS_NULLABLE"))
                    .containsExactly("META_DATA BINARY VARYING 1000000 YES", "PAYLOAD BINARY VARYING 1000000 NO");
        }
    }

    @Test
    void givenTheMigratedSchema_whenItsLargeObjectColumnsAreListed_thenOnlyTheDeadLettersHaveAny() {
        try (RunningApplication application = start()) {
            List<String> largeObjects = application.jdbc().sql("""
                            SELECT table_name || '.' || column_name FROM information_schema.columns
                            WHERE table_schema = 'PUBLIC' AND data_type IN ('CHARACTER LARGE OBJECT', 'BINARY LARGE OBJECT')""")
                    .query(String.class).list();
            List<Map<String, Object>> inTheirRows = application.jdbc().sql("""
                            SELECT table_name || '.' || column_name AS name, data_type, character_maximum_length
                            FROM information_schema.columns WHERE table_schema = 'PUBLIC' AND (table_name, column_name) IN (
                                ('READ_DOCUMENT', 'DOCUMENT'), ('OCDS_PROCESS', 'STATE'), ('OCDS_RELEASE', 'RELEASE_JSON'),
                                ('SNAPSHOT_EVENT_ENTRY', 'PAYLOAD'), ('TOKEN_ENTRY', 'TOKEN'), ('SAGA_ENTRY', 'SERIALIZED_SAGA'))""")
                    .query().listOfRows();

            assertThat(largeObjects).isNotEmpty().allMatch(column -> column.startsWith("DEAD_LETTER_ENTRY."));
            assertThat(inTheirRows).hasSize(6).allSatisfy(column -> {
                assertThat(column.get("DATA_TYPE")).isIn("CHARACTER VARYING", "BINARY VARYING");
                assertThat(((Number) column.get("CHARACTER_MAXIMUM_LENGTH")).longValue()).as("%s", column.get("NAME"))
                        .isEqualTo(1_000_000_000L);
            });
        }
    }

    @Test
    void givenTheMigratedSchema_whenTheTimelineIndexIsListed_thenItHoldsEveryColumnOfATimelineEntry() {
        try (RunningApplication application = start()) {
            List<String> columns = application.jdbc().sql("""
                            SELECT column_name FROM information_schema.columns
                            WHERE table_schema = 'PUBLIC' AND table_name = 'TIMELINE_ENTRY'""")
                    .query(String.class).list();
            List<String> indexed = application.jdbc().sql("""
                            SELECT column_name FROM information_schema.index_columns
                            WHERE table_schema = 'PUBLIC' AND table_name = 'TIMELINE_ENTRY' AND index_name = 'IX_TIMELINE_SEGMENT'
                            ORDER BY ordinal_position""")
                    .query(String.class).list();

            assertThat(columns).hasSize(13);
            assertThat(indexed).startsWith("SEGMENT_ID", "KIND", "ENTRY_DATE", "RECORDED_AT", "POSITION")
                    .containsExactlyInAnyOrderElementsOf(columns);
        }
    }

    private static RunningApplication start() {
        return RunningApplication.start("spring.datasource.url=jdbc:h2:mem:schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }
}
