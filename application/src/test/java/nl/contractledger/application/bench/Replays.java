package nl.contractledger.application.bench;

import nl.contractledger.application.admin.ProjectionRebuild;
import nl.contractledger.application.admin.RebuildProgress;
import nl.contractledger.application.support.ReadModelsReplayed;
import nl.contractledger.application.support.RunningApplication;
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
import org.springframework.aop.support.AopUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The replay measurements: the raw ceiling (plain JDBC read of every event row and deserialising its
 * payload), the product's rebuild of every read model, and a full rebuild with Axon's default tracking processors
 * (batch size 1, a transaction per event) behind the same handlers.
 */
final class Replays {

    private Replays() {
    }

    static long events(RunningApplication app) {
        return app.jdbc().sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single();
    }

    /** The fastest pace of {@code passes} measurements: a ceiling is what the machine reaches when nothing interferes. */
    static double fastestOf(int passes, DoubleSupplier pace) {
        double fastest = 0;
        for (int pass = 0; pass < passes; pass++) {
            fastest = Math.max(fastest, pace.getAsDouble());
        }
        return fastest;
    }

    static double rawRead(RunningApplication app) {
        long total = events(app);
        Serializer serializer = app.context().getBean("eventSerializer", Serializer.class);
        long started = System.nanoTime();
        long[] read = {0};
        // in a transaction: PostgreSQL's driver streams with the fetch size only when auto-commit is off,
        // otherwise it holds the whole result in the heap
        app.bean(TransactionTemplate.class).executeWithoutResult(status -> app.bean(JdbcTemplate.class).query(connection -> {
            var statement = connection.prepareStatement(
                    "SELECT global_index, payload_type, payload_revision, payload FROM domain_event_entry ORDER BY global_index");
            statement.setFetchSize(1000);
            return statement;
        }, row -> {
            Object payload = serializer.deserialize(new SimpleSerializedObject<>(row.getBytes("payload"), byte[].class,
                    row.getString("payload_type"), row.getString("payload_revision")));
            read[0] += payload == null ? 0 : 1;
        }));
        assertThat(read[0]).isEqualTo(total);
        return total / seconds(started);
    }

    /**
     * Rebuilds every read model together, from one read of the store. Answers its pace ("eventsPerSecond":
     * the events over the time from the first page to the last, as for one read model alone),
     * "wallSeconds", from stopping the processors and clearing the read models to their start again, and
     * each read model's time on its pages ("busySeconds.&lt;read model&gt;").
     */
    static Map<String, Double> rebuildTogether(RunningApplication app) {
        long total = events(app);
        long started = System.nanoTime();
        Map<String, RebuildProgress> done = app.bean(ProjectionRebuild.class).runAll(ReadModelsReplayed.READ_MODELS);
        double wallSeconds = seconds(started);
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("eventsPerSecond", done.values().iterator().next().eventsPerSecond());
        figures.put("wallSeconds", wallSeconds);
        done.forEach((readModel, progress) -> {
            assertThat(progress.failure()).as(readModel).isNull();
            assertThat(progress.events()).as(readModel).isEqualTo(total);
            figures.put(BUSY + readModel, progress.busySeconds());
        });
        return figures;
    }

    static final String BUSY = "busySeconds.";

    /** The read models' time on their pages in a rebuild together, as the events per second of that time alone. */
    static Map<String, Double> pageRates(Map<String, Double> together, long events) {
        Map<String, Double> rates = new LinkedHashMap<>();
        together.forEach((key, seconds) -> {
            if (key.startsWith(BUSY)) {
                rates.put(key.substring(BUSY.length()), events / seconds);
            }
        });
        return rates;
    }

    /**
     * Rebuilds each read model alone; answers its events per second, and as "mean" the pace over all seven
     * (seven times the events over the sum of their times).
     */
    static Map<String, Double> rebuildEach(RunningApplication app) {
        long total = events(app);
        Map<String, Double> rates = new LinkedHashMap<>();
        double seconds = 0;
        for (String readModel : ReadModelsReplayed.READ_MODELS) {
            RebuildProgress done = app.bean(ProjectionRebuild.class).run(readModel);
            assertThat(done.failure()).as(readModel).isNull();
            assertThat(done.events()).isEqualTo(total);
            rates.put(readModel, done.eventsPerSecond());
            seconds += total / done.eventsPerSecond();
        }
        rates.put("mean", ReadModelsReplayed.READ_MODELS.size() * total / seconds);
        return rates;
    }

    /**
     * A full rebuild with Axon's default processor settings: each read model's handlers behind a tracking processor of
     * its own (batch size 1, a transaction per event), all started together from the first event, as resetting every
     * processor of an application with those settings would run them. Answers the events over the time until the last
     * of them reached the head; then rebuilds the read models and starts their own processors again.
     */
    static double defaultReplay(RunningApplication app, List<String> readModels) throws InterruptedException {
        long total = events(app);
        long head = app.jdbc().sql("SELECT MAX(global_index) FROM domain_event_entry").query(Long.class).single();
        List<TrackingEventProcessor> processors = new ArrayList<>();
        for (String readModel : readModels) {
            processors.add(defaultProcessor(app, readModel));
        }
        long started = System.nanoTime();
        processors.forEach(TrackingEventProcessor::start);
        for (TrackingEventProcessor processor : processors) {
            while (processor.processingStatus().values().stream()
                    .noneMatch(status -> status.getCurrentPosition().orElse(0L) >= head)) {
                Thread.sleep(20);
            }
        }
        double rate = total / seconds(started);
        processors.forEach(TrackingEventProcessor::shutDown);
        app.bean(ProjectionRebuild.class).runAll(readModels);
        return rate;
    }

    /** The read model's own processor stopped, its tables reset, and its handlers behind Axon's defaults. */
    private static TrackingEventProcessor defaultProcessor(RunningApplication app, String readModel) {
        EventProcessingConfiguration processing = app.bean(EventProcessingConfiguration.class);
        processing.eventProcessor(readModel, StreamingEventProcessor.class).orElseThrow().shutDown();
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
        return TrackingEventProcessor.builder().name("bench-default-" + readModel)
                .eventHandlerInvoker(invoker).messageSource(app.bean(EventStore.class)).tokenStore(new InMemoryTokenStore())
                .transactionManager(transactions)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(1).andInitialTrackingToken(StreamableMessageSource::createTailToken))
                .build();
    }

    static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
