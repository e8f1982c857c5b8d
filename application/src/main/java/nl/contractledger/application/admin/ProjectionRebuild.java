package nl.contractledger.application.admin;

import nl.contractledger.application.readmodel.ReadModels;
import nl.contractledger.projections.batch.ProjectionBatch;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Rebuilds one read model from the first event, fast: the processor stops, its segments stay claimed
 * by this node, it is cleared ({@link ReadModelClearing}: its own tables emptied whole, then its
 * {@code @ResetHandler}), and the events are read from the store in batches and given to the same
 * {@code @EventHandler} methods, each batch in one transaction with a {@link ProjectionBatch}, so a
 * document changed by many events of a batch is written once. The tokens go back to the start with the
 * clearing, and every batch stores them with its writes, so a read with {@code minPosition} waits for
 * the rebuild to pass it; at the end the processor starts from there.
 * Several read models rebuild together from one read of the store, in parallel; the next page is read,
 * and its events deserialised, while the read models handle the current one; the time each one spends on
 * its pages is in its progress. Their processors stop, and the read models are cleared, in parallel too.
 */
@Component
public class ProjectionRebuild {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionRebuild.class);
    private final EventProcessingConfiguration processing;
    private final ReadModelBeans readModels;
    private final ReadModelClearing clearing;
    private final EventPages events;
    private final TokenStore tokens;
    private final TransactionTemplate transactions;
    private final ReadModels positions;
    private final int batchSize;
    private final Map<String, RebuildProgress> progress = new ConcurrentHashMap<>();

    ProjectionRebuild(EventProcessingConfiguration processing, ReadModelBeans readModels, ReadModelClearing clearing,
                      EventPages events, TokenStore tokens, TransactionTemplate transactions, ReadModels positions,
                      @Value("${ledger.read-models.rebuild-batch-size:2000}") int batchSize) {
        this.processing = processing;
        this.readModels = readModels;
        this.clearing = clearing;
        this.events = events;
        this.tokens = tokens;
        this.transactions = transactions;
        this.positions = positions;
        this.batchSize = batchSize;
    }

    /** Marks the read model as rebuilding from the moment the rebuild is asked for, before it starts. */
    public void queued(String name) {
        progress.put(name, new RebuildProgress(name, 0, 0, 0, 0, 0, false, null));
    }

    public Optional<RebuildProgress> progress(String name) {
        return Optional.ofNullable(progress.get(name));
    }

    /** Rebuilds the read model of the processor; runs until it is done (call it on a thread of its own). */
    public RebuildProgress run(String name) {
        return runAll(List.of(name)).get(name);
    }

    /**
     * Rebuilds the read models together from one read of the store: every page is given to each of them,
     * each in a transaction of its own, on as many threads as there are cores. Runs until all are done;
     * when one fails, all stop at the page they had stored, from where their processors go on.
     */
    public Map<String, RebuildProgress> runAll(List<String> names) {
        long head = positions.head();
        List<Rebuilt> rebuilt = new ArrayList<>();
        for (String name : names) {
            StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                    .orElseThrow(() -> new IllegalArgumentException("no read model " + name));
            rebuilt.add(new Rebuilt(name, processor, readModels.handlers(name)));
        }
        int threads = Math.max(1, Math.min(names.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> new Thread(runnable, "projection-rebuild-worker"));
        ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "projection-rebuild-reader"));
        long started = System.nanoTime();
        long count = 0;
        try {
            rebuilt.forEach(readModel -> progress.put(readModel.name, new RebuildProgress(readModel.name, 0, head, 0, 0, 0, false, null)));
            awaitAll(rebuilt.stream().map(readModel -> readModel.processor.shutdownAsync()).toList());
            awaitAll(rebuilt.stream().map(readModel -> CompletableFuture.runAsync(() -> clear(readModel), workers)).toList());
            started = System.nanoTime();
            GapAwareTrackingToken reachedSoFar = null;
            Predicate<TrackedEventMessage<?>> handled = event -> rebuilt.stream()
                    .anyMatch(readModel -> readModel.handlers.stream().anyMatch(handler -> handler.canHandle(event)));
            Future<List<TrackedEventMessage<?>>> next = reader.submit(() -> events.after(null, batchSize, handled));
            for (List<TrackedEventMessage<?>> page = next.get(); !page.isEmpty(); page = next.get()) {
                List<TrackedEventMessage<?>> current = page;
                GapAwareTrackingToken last = lastToken(page);
                next = reader.submit(() -> events.after(last, batchSize, handled));
                List<Future<GapAwareTrackingToken>> pages = rebuilt.stream()
                        .map(readModel -> workers.submit(() -> readModel.timed(() -> rebuildPage(readModel.name, readModel.handlers,
                                readModel.segments, current)))).toList();
                for (Future<GapAwareTrackingToken> done : pages) {
                    reachedSoFar = done.get();
                }
                count += page.size();
                for (Rebuilt readModel : rebuilt) {
                    progress.put(readModel.name, new RebuildProgress(readModel.name, reachedSoFar.getIndex(), head, count,
                            pace(count, started), readModel.busySeconds(), false, null));
                }
            }
            Map<String, RebuildProgress> done = new LinkedHashMap<>();
            for (Rebuilt readModel : rebuilt) {
                RebuildProgress finished = new RebuildProgress(readModel.name, Math.max(head, progress.get(readModel.name).position()),
                        head, count, pace(count, started), readModel.busySeconds(), true, null);
                progress.put(readModel.name, finished);
                done.put(readModel.name, finished);
            }
            LOG.info("Rebuilt {} from the first event: {} events in {} s ({} per second)", names, count,
                    String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9), Math.round(pace(count, started)));
            return done;
        } catch (RuntimeException | InterruptedException | ExecutionException failure) {
            Throwable cause = failure instanceof ExecutionException || failure instanceof CompletionException
                    ? failure.getCause() : failure;
            for (Rebuilt readModel : rebuilt) {
                RebuildProgress current = progress.getOrDefault(readModel.name,
                        new RebuildProgress(readModel.name, 0, head, 0, 0, 0, false, null));
                progress.put(readModel.name, new RebuildProgress(readModel.name, current.position(), head, current.events(),
                        current.eventsPerSecond(), readModel.busySeconds(), true, String.valueOf(cause)));
            }
            LOG.warn("Rebuilding {} failed after {} events; their processors go on from the last page stored", names, count, cause);
            if (failure instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        } finally {
            workers.shutdownNow();
            reader.shutdownNow();
            rebuilt.forEach(readModel -> readModel.processor.start());
            clearing.rebuildEnded(names);
        }
    }

    /**
     * Claims the read model's segments for this node, once the other nodes have released them, clears it and sets its
     * tokens back to the start.
     */
    private void clear(Rebuilt readModel) {
        readModel.segments = clearing.clearForRebuild(readModel.name, readModel.handlers);
    }

    /** The read models this node is rebuilding, or has been asked to. */
    List<String> underWay() {
        return progress.values().stream().filter(rebuilt -> !rebuilt.done()).map(RebuildProgress::name).toList();
    }

    private static void awaitAll(List<CompletableFuture<Void>> work) {
        CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).join();
    }

    /**
     * A read model being rebuilt: its processor (stopped meanwhile), its handlers and its token segments, and
     * the time it spent on its pages (one page at a time, on one worker; read after the page's future).
     */
    private static final class Rebuilt {
        private final String name;
        private final StreamingEventProcessor processor;
        private final List<AnnotationEventHandlerAdapter> handlers;
        private volatile int[] segments = new int[0];
        private volatile long busyNanos;

        private Rebuilt(String name, StreamingEventProcessor processor, List<AnnotationEventHandlerAdapter> handlers) {
            this.name = name;
            this.processor = processor;
            this.handlers = handlers;
        }

        <T> T timed(Supplier<T> page) {
            long started = System.nanoTime();
            try {
                return page.get();
            } finally {
                busyNanos += System.nanoTime() - started;
            }
        }

        double busySeconds() {
            return busyNanos / 1e9;
        }
    }

    /** One page in one transaction: its events through the handlers, then the tokens at its last event. */
    private GapAwareTrackingToken rebuildPage(String name, List<AnnotationEventHandlerAdapter> handlers, int[] segments,
                                              List<TrackedEventMessage<?>> page) {
        GapAwareTrackingToken reached = lastToken(page);
        transactions.executeWithoutResult(status -> {
            ProjectionBatch.run(() -> page.forEach(event -> handle(handlers, event)));
            for (int segment : segments) {
                tokens.storeToken(reached, name, segment);
            }
        });
        return reached;
    }

    private static GapAwareTrackingToken lastToken(List<TrackedEventMessage<?>> page) {
        return (GapAwareTrackingToken) page.get(page.size() - 1).trackingToken();
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

    private static double pace(long count, long startedNanos) {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        return seconds <= 0 ? 0 : count / seconds;
    }
}
