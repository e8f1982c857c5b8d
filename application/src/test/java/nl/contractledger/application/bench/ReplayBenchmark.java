package nl.contractledger.application.bench;

import nl.contractledger.application.admin.ProjectionRebuild;
import nl.contractledger.application.admin.RebuildProgress;
import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.PostgresDatabase;
import nl.contractledger.application.support.RunningApplication;
import nl.contractledger.application.support.TestUsers;
import nl.contractledger.projections.timeline.TimelineQueries;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.aop.support.AopUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rebuild speed and timeline latency, on H2 and (when reachable) PostgreSQL in one run: the raw ceiling
 * (plain JDBC read of every event and deserialising its payload), the product's rebuild of every read
 * model, Axon's default processor (tracking, batch size 1, a transaction per event) for two of them, and
 * the p99 of the hot segment's timeline. Prints the figures and writes {@code target/bench/replay.json}.
 * {@code ./mvnw -B -pl application -am -Pbench verify -Dtest=ReplayBenchmark -Dbench.events=30000}
 */
@Tag("bench")
class ReplayBenchmark {

    private static final int EVENTS = Integer.getInteger("bench.events", 30_000);
    private static final int HOT = Integer.getInteger("bench.hotEntries", 10_000);
    private static final List<String> READ_MODELS = List.of("regions", "providers", "tenders", "contracts", "revisions",
            "timelines", "ocds");
    private static final List<String> DEFAULT_COMPARED = List.of("contracts", "timelines");

    @TempDir
    Path directory;

    @Test
    void measureRebuildAgainstTheRawCeilingAndAxonsDefault() throws Exception {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("events", EVENTS);
        results.put("h2", measure("spring.datasource.url=jdbc:h2:file:" + directory.resolve("bench").toAbsolutePath()));
        if (BenchDatabases.postgresReachable()) {
            try (PostgresDatabase postgres = PostgresDatabase.create()) {
                results.put("postgres", measure(postgres.applicationProperties()));
            }
        }
        String json = JsonText.of(results);
        System.out.println("replay benchmark: " + json);
        Path out = Path.of("target", "bench", "replay.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
    }

    private Map<String, Object> measure(String... properties) throws Exception {
        List<String> all = new ArrayList<>(Arrays.asList(properties));
        all.add("ledger.audit.sealer-enabled=false");
        all.addAll(List.of(TestUsers.properties()));
        Map<String, Object> figures = new LinkedHashMap<>();
        try (RunningApplication app = RunningApplication.start(all.toArray(String[]::new))) {
            Workload workload = new Workload(app.bean(CommandGateway.class));
            long filling = System.nanoTime();
            workload.fill(EVENTS, HOT, 16);
            figures.put("commandsPerSecondWhileFilling16Clients", workload.commandsSent() / seconds(filling));
            long total = app.jdbc().sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single();
            figures.put("eventsInStore", total);
            awaitCaughtUp(app, total);
            List<String> deadLetters = app.jdbc().sql(
                            "SELECT processing_group || ': ' || payload_type || ': ' || cause_type || ': ' || cause_message FROM dead_letter_entry")
                    .query(String.class).list();
            assertThat(deadLetters).as("a read model with dead letters measures nothing").isEmpty();

            figures.put("rawReadEventsPerSecond", rawRead(app, total));
            Map<String, Double> rebuilt = new LinkedHashMap<>();
            double rebuildSeconds = 0;
            jdk.jfr.Recording profile = Boolean.getBoolean("bench.profile") ? new jdk.jfr.Recording() : null;
            if (profile != null) {
                profile.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(5));
                profile.start();
            }
            for (String readModel : READ_MODELS) {
                RebuildProgress done = app.bean(ProjectionRebuild.class).run(readModel);
                assertThat(done.events()).isEqualTo(total);
                rebuilt.put(readModel, done.eventsPerSecond());
                rebuildSeconds += total / done.eventsPerSecond();
            }
            if (profile != null) {
                profile.stop();
                profile.dump(Path.of("target", "bench", "rebuild.jfr"));
            }
            figures.put("replayEventsPerSecond", READ_MODELS.size() * total / rebuildSeconds);
            figures.put("replayEventsPerSecondByReadModel", rebuilt);
            Map<String, Double> defaults = new LinkedHashMap<>();
            for (String readModel : DEFAULT_COMPARED) {
                defaults.put(readModel, defaultReplay(app, readModel, total));
            }
            figures.put("replayDefaultEventsPerSecondByReadModel", defaults);
            figures.put("replayDefaultEventsPerSecond", defaults.values().stream().mapToDouble(Double::doubleValue).average().orElse(0));
            figures.put("replayOverRawRead", (double) figures.get("replayEventsPerSecond") / (double) figures.get("rawReadEventsPerSecond"));
            figures.put("replayOverDefault", DEFAULT_COMPARED.stream().mapToDouble(model -> rebuilt.get(model) / defaults.get(model))
                    .average().orElse(0));
            System.out.println("replay figures so far: " + figures);
            figures.putAll(timelineLatency(app));
        }
        return figures;
    }

    private static double rawRead(RunningApplication app, long total) {
        Serializer serializer = app.context().getBean("eventSerializer", Serializer.class);
        long started = System.nanoTime();
        long[] read = {0};
        app.bean(org.springframework.jdbc.core.JdbcTemplate.class).query(connection -> {
            var statement = connection.prepareStatement(
                    "SELECT global_index, payload_type, payload_revision, payload FROM domain_event_entry ORDER BY global_index");
            statement.setFetchSize(1000);
            return statement;
        }, row -> {
            Object payload = serializer.deserialize(new SimpleSerializedObject<>(row.getBytes("payload"), byte[].class,
                    row.getString("payload_type"), row.getString("payload_revision")));
            read[0] += payload == null ? 0 : 1;
        });
        assertThat(read[0]).isEqualTo(total);
        return total / seconds(started);
    }

    /** The same handlers behind a tracking processor with Axon's defaults: batch size 1, a transaction per event. */
    private static double defaultReplay(RunningApplication app, String readModel, long total) throws InterruptedException {
        EventProcessingConfiguration processing = app.bean(EventProcessingConfiguration.class);
        StreamingEventProcessor live = processing.eventProcessor(readModel, StreamingEventProcessor.class).orElseThrow();
        live.shutDown();
        org.axonframework.config.Configuration axon = app.bean(org.axonframework.config.Configuration.class);
        List<Object> handlers = new ArrayList<>();
        for (Object bean : app.context().getBeansWithAnnotation(ProcessingGroup.class).values()) {
            if (AopUtils.getTargetClass(bean).getAnnotation(ProcessingGroup.class).value().equals(readModel)) {
                handlers.add(bean);
            }
        }
        SimpleEventHandlerInvoker invoker = SimpleEventHandlerInvoker.builder().eventHandlers(handlers)
                .parameterResolverFactory(axon.parameterResolverFactory()).build();
        TransactionManager transactions = app.bean(TransactionManager.class);
        transactions.executeInTransaction(invoker::performReset);
        TrackingEventProcessor tracking = TrackingEventProcessor.builder().name("bench-default-" + readModel)
                .eventHandlerInvoker(invoker).messageSource(app.bean(EventStore.class)).tokenStore(new InMemoryTokenStore())
                .transactionManager(transactions)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(1).andInitialTrackingToken(StreamableMessageSource::createTailToken))
                .build();
        long head = app.jdbc().sql("SELECT MAX(global_index) FROM domain_event_entry").query(Long.class).single();
        long started = System.nanoTime();
        tracking.start();
        while (tracking.processingStatus().values().stream().noneMatch(status -> status.getCurrentPosition().orElse(0L) >= head)) {
            Thread.sleep(20);
        }
        double rate = total / seconds(started);
        tracking.shutDown();
        app.bean(ProjectionRebuild.class).run(readModel);
        return rate;
    }

    private static Map<String, Object> timelineLatency(RunningApplication app) {
        TimelineQueries timelines = app.bean(TimelineQueries.class);
        LocalDate today = LocalDate.now();
        int entries = timelines.of(Workload.HOT_SEGMENT, null, today).revision().size();
        List<Double> query = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            long started = System.nanoTime();
            timelines.of(Workload.HOT_SEGMENT, null, today);
            query.add((System.nanoTime() - started) / 1e6);
        }
        ApiClient api = app.api();
        List<Double> http = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            long started = System.nanoTime();
            assertThat(api.as(TestUsers.REVIEWER, TestUsers.PASSWORD).get("/api/segments/" + Workload.HOT_SEGMENT + "/timeline").status()).isEqualTo(200);
            http.add((System.nanoTime() - started) / 1e6);
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("timelineEntries", entries);
        figures.put("timelineQueryP99Ms", p99(query.subList(20, query.size())));
        figures.put("timelineP99Ms", p99(http.subList(20, http.size())));
        return figures;
    }

    private static void awaitCaughtUp(RunningApplication app, long total) throws InterruptedException {
        long deadline = System.nanoTime() + 600_000_000_000L;
        long seen = -1;
        EventProcessingConfiguration processing = app.bean(EventProcessingConfiguration.class);
        long head = app.jdbc().sql("SELECT MAX(global_index) FROM domain_event_entry").query(Long.class).single();
        while (System.nanoTime() < deadline) {
            boolean behind = READ_MODELS.stream().map(name -> processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow())
                    .anyMatch(processor -> processor.processingStatus().values().stream()
                            .anyMatch(status -> status.getCurrentPosition().orElse(0L) < head));
            long letters = app.jdbc().sql("SELECT COUNT(*) FROM dead_letter_entry").query(Long.class).single();
            if (!behind || letters > 0 && letters == seen) {
                return;
            }
            seen = letters;
            Thread.sleep(200);
        }
        throw new IllegalStateException("the read models did not catch up with " + total + " events");
    }

    private static double p99(List<Double> samples) {
        List<Double> sorted = samples.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
