package nl.contractledger.application.persistence;

import nl.contractledger.application.support.RunningApplication;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema Flyway creates on H2, where a timeline page must be answered from its index alone. */
class H2SchemaTest {

    @Test
    void givenTheMigratedSchema_whenTheTimelineIndexIsListed_thenItHoldsEveryColumnOfATimelineEntry() {
        try (RunningApplication application = RunningApplication.start(
                "spring.datasource.url=jdbc:h2:mem:schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
            List<String> columns = application.jdbc().sql("""
                            SELECT column_name FROM information_schema.columns
                            WHERE table_schema = 'PUBLIC' AND table_name = 'TIMELINE_ENTRY'""")
                    .query(String.class).list();
            List<String> indexed = application.jdbc().sql("""
                            SELECT column_name FROM information_schema.index_columns
                            WHERE table_schema = 'PUBLIC' AND table_name = 'TIMELINE_ENTRY' AND index_name = 'IX_TIMELINE_SEGMENT'
                            ORDER BY ordinal_position""")
                    .query(String.class).list();

            assertThat(columns).hasSize(12);
            assertThat(indexed).startsWith("SEGMENT_ID", "KIND", "ENTRY_DATE", "RECORDED_AT", "POSITION")
                    .containsExactlyInAnyOrderElementsOf(columns);
        }
    }
}
