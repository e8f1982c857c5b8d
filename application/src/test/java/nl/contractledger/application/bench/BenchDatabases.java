package nl.contractledger.application.bench;

import nl.contractledger.application.support.PostgresDatabase;
import nl.contractledger.application.support.RunningApplication;
import org.springframework.jdbc.core.JdbcTemplate;

/** Whether the benchmarks can measure PostgreSQL too, and what they do for it between their steps. */
final class BenchDatabases {

    private BenchDatabases() {
    }

    static boolean postgresReachable() {
        try {
            PostgresDatabase.create().close();
            return true;
        } catch (RuntimeException unreachable) {
            return false;
        }
    }

    /**
     * On PostgreSQL, {@code VACUUM ANALYZE}: what autovacuum does in the background on a server configured
     * as usual. The read models are updated in place and a rebuild deletes and rewrites their shared
     * documents; where autovacuum is off (as on the development machine) their dead rows would pile up and
     * slow every later step. Nothing on H2.
     */
    static void vacuumLikeAutovacuum(RunningApplication app) {
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        String product = jdbc.execute((java.sql.Connection connection) -> connection.getMetaData().getDatabaseProductName());
        if ("PostgreSQL".equals(product)) {
            jdbc.execute("VACUUM ANALYZE");
        }
    }
}
