package nl.contractledger.application.bench;

import nl.contractledger.application.support.PostgresDatabase;

/** Whether the benchmarks can measure PostgreSQL too. */
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
}
