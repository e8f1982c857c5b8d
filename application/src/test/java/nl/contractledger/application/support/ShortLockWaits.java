package nl.contractledger.application.support;

import java.util.UUID;

/** Databases where a statement waits at most half a second for a lock another transaction holds. */
public final class ShortLockWaits {

    private ShortLockWaits() {
    }

    /** A fresh in-memory H2 database, its name starting with the prefix. */
    public static String[] h2(String prefix) {
        return new String[]{"spring.datasource.url=jdbc:h2:mem:" + prefix + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=500"};
    }

    /** The test class's PostgreSQL database. */
    public static String[] postgres(PostgresPerClass database) {
        return database.applicationPropertiesWith("spring.datasource.hikari.connection-init-sql=SET lock_timeout = '500ms'");
    }
}
