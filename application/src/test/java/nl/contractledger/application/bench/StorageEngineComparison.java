package nl.contractledger.application.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import nl.contractledger.application.config.EventSerialization;
import nl.contractledger.application.support.PostgresDatabase;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.region.RegionPolicy;
import nl.contractledger.domain.region.RegionRegisteredEvent;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SnapshotEventEntry;
import org.axonframework.serialization.Serializer;
import org.flywaydb.core.Flyway;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * ADR 0002's measurement: events appended per second by Axon's JDBC and JPA storage engines, one
 * event and one commit per append (as one command), 16 concurrent writers, each engine on its own
 * fresh database, in one run. Prints a table and writes {@code target/bench/storage-engines.json}.
 * Run with {@code ./mvnw -B -pl application -am -Pbench verify -Dbench.appends=4000}.
 */
@Tag("bench")
class StorageEngineComparison {

    private static final int WRITERS = 16;
    private static final int APPENDS = Integer.getInteger("bench.appends", 4000);
    private static final Serializer SERIALIZER = EventSerialization.serializer();

    @TempDir
    Path directory;

    @Test
    void measureJdbcAgainstJpaOnH2AndPostgres() throws Exception {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("h2", measure(url -> "jdbc:h2:file:" + directory.resolve(url).toAbsolutePath(), "h2"));
        if (BenchDatabases.postgresReachable()) {
            try (PostgresDatabase jdbc = PostgresDatabase.create(); PostgresDatabase jpa = PostgresDatabase.create()) {
                Map<String, Double> postgres = new LinkedHashMap<>();
                postgres.put("jdbcAppendsPerSecond16Writers", run(jdbcEngine(jdbc.url(), "postgresql")));
                postgres.put("jpaAppendsPerSecond16Writers", run(jpaEngine(jpa.url())));
                postgres.put("jdbcOverJpa", postgres.get("jdbcAppendsPerSecond16Writers") / postgres.get("jpaAppendsPerSecond16Writers"));
                results.put("postgres", postgres);
            }
        }
        String json = JsonText.of(results);
        System.out.println("storage engines, " + APPENDS + " appends, " + WRITERS + " writers: " + json);
        Path out = Path.of("target", "bench", "storage-engines.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
    }

    private Map<String, Double> measure(java.util.function.Function<String, String> url, String vendor) throws Exception {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("jdbcAppendsPerSecond16Writers", run(jdbcEngine(url.apply("jdbc"), vendor)));
        figures.put("jpaAppendsPerSecond16Writers", run(jpaEngine(url.apply("jpa"))));
        figures.put("jdbcOverJpa", figures.get("jdbcAppendsPerSecond16Writers") / figures.get("jpaAppendsPerSecond16Writers"));
        return figures;
    }

    private double run(Engine engine) throws Exception {
        try (engine) {
            AtomicInteger ids = new AtomicInteger();
            appendConcurrently(engine.appender(), ids, APPENDS / 10);
            long started = System.nanoTime();
            appendConcurrently(engine.appender(), ids, APPENDS);
            return APPENDS / ((System.nanoTime() - started) / 1e9);
        }
    }

    private static void appendConcurrently(Consumer<GenericDomainEventMessage<?>> append, AtomicInteger ids, int count)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        AtomicInteger remaining = new AtomicInteger(count);
        for (int writer = 0; writer < WRITERS; writer++) {
            writers.add(pool.submit(() -> {
                while (remaining.getAndDecrement() > 0) {
                    String id = "r" + ids.incrementAndGet();
                    append.accept(new GenericDomainEventMessage<>("Region", "region:" + id, 0,
                            new RegionRegisteredEvent(RegionId.of(id), "Region " + id, List.of("Delft", "Den Haag"),
                                    LocalDate.of(2015, 1, 1), RegionPolicy.defaults())));
                }
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        pool.shutdown();
    }

    private static Engine jdbcEngine(String url, String vendor) {
        HikariDataSource pool = pool(url);
        Flyway.configure().dataSource(pool).locations("classpath:db/migration/" + vendor).load().migrate();
        EventStorageEngine engine = JdbcEventStorageEngine.builder()
                .connectionProvider(new DataSourceConnectionProvider(pool))
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(SERIALIZER).snapshotSerializer(SERIALIZER)
                .schema(EventSchema.builder().eventTable("domain_event_entry").snapshotTable("snapshot_event_entry")
                        .globalIndexColumn("global_index").timestampColumn("time_stamp")
                        .eventIdentifierColumn("event_identifier").aggregateIdentifierColumn("aggregate_identifier")
                        .sequenceNumberColumn("sequence_number").payloadTypeColumn("payload_type")
                        .payloadRevisionColumn("payload_revision").metaDataColumn("meta_data").build())
                .build();
        return new Engine(event -> engine.appendEvents(event), pool::close);
    }

    /** Axon's JPA engine as a default set-up has it: Hibernate's schema and sequence, one transaction per append. */
    private static Engine jpaEngine(String url) {
        HikariDataSource pool = pool(url);
        EntityManagerFactory factory = new HibernatePersistenceConfiguration("bench")
                .managedClasses(DomainEventEntry.class, SnapshotEventEntry.class)
                .property("hibernate.connection.datasource", pool)
                .property("hibernate.hbm2ddl.auto", "create")
                .createEntityManagerFactory();
        ThreadLocal<EntityManager> current = new ThreadLocal<>();
        EventStorageEngine engine = JpaEventStorageEngine.builder()
                .entityManagerProvider(current::get)
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(SERIALIZER).snapshotSerializer(SERIALIZER)
                .build();
        return new Engine(event -> {
            EntityManager entityManager = factory.createEntityManager();
            current.set(entityManager);
            try {
                entityManager.getTransaction().begin();
                engine.appendEvents(event);
                entityManager.getTransaction().commit();
            } finally {
                current.remove();
                entityManager.close();
            }
        }, () -> {
            factory.close();
            pool.close();
        });
    }

    private static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(url.startsWith("jdbc:h2") ? "sa" : "postgres");
        config.setMaximumPoolSize(32);
        return new HikariDataSource(config);
    }

    private record Engine(Consumer<GenericDomainEventMessage<?>> appender, Runnable closer) implements AutoCloseable {
        @Override
        public void close() {
            closer.run();
        }
    }
}
