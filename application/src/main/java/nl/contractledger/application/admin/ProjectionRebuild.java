package nl.contractledger.application.admin;

import nl.contractledger.projections.rebuild.RebuildBatch;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rebuilds one read model from the first event, fast: the processor stops, its segments stay claimed
 * by this node, the read model's {@code @ResetHandler} clears it, and the events are read from the
 * store in batches and given to the same {@code @EventHandler} methods, each batch in one transaction
 * with a {@link RebuildBatch}, so a document changed by many events of a batch is written once. The
 * tokens go back to the start with the clearing, and every batch stores them with its writes, so a read
 * with {@code minPosition} waits for the rebuild to pass it; at the end the processor starts from there.
 */
@Component
public class ProjectionRebuild {

    private final EventProcessingConfiguration processing;
    private final org.axonframework.config.Configuration axon;
    private final ApplicationContext context;
    private final EventPages events;
    private final TokenStore tokens;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final int batchSize;
    private final Map<String, RebuildProgress> progress = new ConcurrentHashMap<>();

    ProjectionRebuild(EventProcessingConfiguration processing, org.axonframework.config.Configuration axon,
                      ApplicationContext context, EventPages events, TokenStore tokens,
                      TransactionTemplate transactions, JdbcClient jdbc,
                      @Value("${ledger.read-models.rebuild-batch-size:2000}") int batchSize) {
        this.processing = processing;
        this.axon = axon;
        this.context = context;
        this.events = events;
        this.tokens = tokens;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.batchSize = batchSize;
    }

    /** Marks the read model as rebuilding from the moment the rebuild is asked for, before it starts. */
    public void queued(String name) {
        progress.put(name, new RebuildProgress(name, 0, 0, 0, 0, false, null));
    }

    public Optional<RebuildProgress> progress(String name) {
        return Optional.ofNullable(progress.get(name));
    }

    /** Rebuilds the read model of the processor; runs until it is done (call it on a thread of its own). */
    public RebuildProgress run(String name) {
        StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("no read model " + name));
        long head = jdbc.sql("SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry").query(Long.class).single();
        progress.put(name, new RebuildProgress(name, 0, head, 0, 0, false, null));
        processor.shutDown();
        try {
            List<AnnotationEventHandlerAdapter> handlers = handlersOf(name);
            int[] segments = transactions.execute(status -> claim(name));
            transactions.executeWithoutResult(status -> {
                handlers.forEach(AnnotationEventHandlerAdapter::prepareReset);
                for (int segment : segments) {
                    tokens.storeToken(null, name, segment);
                }
            });
            long started = System.nanoTime();
            long count = 0;
            GapAwareTrackingToken reachedSoFar = null;
            for (List<TrackedEventMessage<?>> page = events.after(null, batchSize); !page.isEmpty();
                 page = events.after(reachedSoFar, batchSize)) {
                reachedSoFar = rebuildPage(name, handlers, segments, page);
                count += page.size();
                progress.put(name, new RebuildProgress(name, reachedSoFar.getIndex(), head, count, pace(count, started),
                        false, null));
            }
            RebuildProgress done = new RebuildProgress(name, Math.max(head, progress.get(name).position()), head, count,
                    pace(count, started), true, null);
            progress.put(name, done);
            return done;
        } catch (RuntimeException failure) {
            RebuildProgress current = progress.get(name);
            progress.put(name, new RebuildProgress(name, current.position(), head, current.events(),
                    current.eventsPerSecond(), true, String.valueOf(failure)));
            throw failure;
        } finally {
            processor.start();
        }
    }

    /** One page in one transaction: its events through the handlers, then the tokens at its last event. */
    private GapAwareTrackingToken rebuildPage(String name, List<AnnotationEventHandlerAdapter> handlers, int[] segments,
                                              List<TrackedEventMessage<?>> page) {
        GapAwareTrackingToken reached = (GapAwareTrackingToken) page.get(page.size() - 1).trackingToken();
        transactions.executeWithoutResult(status -> {
            RebuildBatch.run(() -> page.forEach(event -> handle(handlers, event)));
            for (int segment : segments) {
                tokens.storeToken(reached, name, segment);
            }
        });
        return reached;
    }

    private int[] claim(String name) {
        int[] segments = tokens.fetchSegments(name);
        for (int segment : segments) {
            tokens.fetchToken(name, segment);
        }
        return segments;
    }

    private static void handle(List<AnnotationEventHandlerAdapter> handlers, TrackedEventMessage<?> event) {
        for (AnnotationEventHandlerAdapter handler : handlers) {
            if (handler.canHandle(event)) {
                try {
                    handler.handle(event);
                } catch (Exception e) {
                    throw new IllegalStateException("rebuilding failed at " + event.trackingToken() + " ("
                            + event.getPayloadType().getSimpleName() + ")", e);
                }
            }
        }
    }

    /** The read model's event handlers: the beans of its processing group, as Axon invokes them. */
    private List<AnnotationEventHandlerAdapter> handlersOf(String name) {
        List<AnnotationEventHandlerAdapter> handlers = new ArrayList<>();
        for (Object bean : context.getBeansWithAnnotation(ProcessingGroup.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            ProcessingGroup group = type.getAnnotation(ProcessingGroup.class);
            if (group != null && group.value().equals(name)) {
                handlers.add(new AnnotationEventHandlerAdapter(bean, axon.parameterResolverFactory(),
                        axon.handlerDefinition(type)));
            }
        }
        if (handlers.isEmpty()) {
            throw new IllegalArgumentException("no event handlers in read model " + name);
        }
        return handlers;
    }

    private static double pace(long count, long startedNanos) {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        return seconds <= 0 ? 0 : count / seconds;
    }
}
