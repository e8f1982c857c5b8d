package nl.contractledger.application.persistence;

import nl.contractledger.application.support.PostgresDatabase;
import nl.contractledger.application.support.RunningApplication;
import nl.contractledger.application.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The schema Flyway creates on PostgreSQL: binary columns are bytea, and the event index is gap-free. */
@Tag("postgres")
class PostgresSchemaTest {

    private static PostgresDatabase database;
    private static RunningApplication application;

    @BeforeAll
    static void start() {
        database = PostgresDatabase.create();
        application = RunningApplication.start(database.applicationProperties(TestUsers.properties()));
    }

    @AfterAll
    static void stop() {
        application.close();
        database.close();
    }

    @Test
    void givenTheMigratedSchema_whenColumnTypesAreListed_thenNoColumnIsAnOid() {
        List<String> oidColumns = jdbc().sql("""
                        SELECT table_name || '.' || column_name FROM information_schema.columns
                        WHERE table_schema = current_schema() AND udt_name = 'oid'""")
                .query(String.class).list();

        assertThat(oidColumns).isEmpty();
    }

    @Test
    void givenTheMigratedSchema_whenPayloadColumnsAreListed_thenTheyAreBytea() {
        List<Map<String, Object>> binary = jdbc().sql("""
                        SELECT table_name, column_name, udt_name FROM information_schema.columns
                        WHERE table_schema = current_schema() AND column_name IN ('payload', 'meta_data', 'token')""")
                .query().listOfRows();

        assertThat(binary).as("events, snapshots, tokens and dead letters").hasSize(8).allSatisfy(column -> assertThat(column.get("udt_name")).isEqualTo("bytea"));
    }

    @Test
    void givenTheMigratedSchema_whenTheEventSequenceIsRead_thenItStepsByOneWithoutCache() {
        Map<String, Object> sequence = jdbc().sql("""
                        SELECT increment_by, cache_size FROM pg_sequences
                        WHERE sequencename = pg_get_serial_sequence('domain_event_entry', 'global_index')::regclass::name""")
                .query().singleRow();

        assertThat(((Number) sequence.get("increment_by")).longValue()).isEqualTo(1);
        assertThat(((Number) sequence.get("cache_size")).longValue()).isEqualTo(1);
    }

    @Test
    void givenThePostgresProfile_whenStartedWithTheDevelopmentUsers_thenItRefusesToStart() {
        assertThatThrownBy(() -> RunningApplication.start(
                database.applicationProperties("ledger.security.development-users=true")).close())
                .hasStackTraceContaining("development users exist only on the embedded H2 database");
    }

    @Test
    void givenThePostgresProfile_whenStartedWithoutASigningKey_thenItRefusesToStart() {
        String[] properties = database.applicationProperties(TestUsers.properties());
        String[] withoutKey = java.util.Arrays.stream(properties)
                .filter(property -> !property.startsWith("ledger.audit.")).toArray(String[]::new);

        assertThatThrownBy(() -> RunningApplication.start(withoutKey).close())
                .hasStackTraceContaining("No checkpoint signing key");
    }

    private static JdbcClient jdbc() {
        return application.jdbc();
    }
}
