package nl.contractledger.application.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link PostgresDatabase} for one test class, created before its first test (and before its own
 * {@code @BeforeAll} methods) and dropped after its last. Registered as a static field:
 * {@code @RegisterExtension static final PostgresPerClass DATABASE = new PostgresPerClass();}
 */
public final class PostgresPerClass implements BeforeAllCallback, AfterAllCallback {

    private PostgresDatabase database;

    @Override
    public void beforeAll(ExtensionContext context) {
        database = PostgresDatabase.create();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        database.close();
    }

    public PostgresDatabase get() {
        if (database == null) {
            throw new IllegalStateException("the test class's database exists from before its first test to after its last");
        }
        return database;
    }

    /** The application on this database in its {@code postgres} profile, with the configured test users. */
    public String[] applicationProperties() {
        return get().applicationProperties(TestUsers.properties());
    }

    /** As {@link #applicationProperties()}, with more properties. */
    public String[] applicationPropertiesWith(String... more) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(applicationProperties()), java.util.Arrays.stream(more))
                .toArray(String[]::new);
    }
}
