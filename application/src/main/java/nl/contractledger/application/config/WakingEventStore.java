package nl.contractledger.application.config;

import nl.contractledger.application.readmodel.ProcessorWakeUp;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Axon's embedded event store whose streams can be woken: a read that waits for a position
 * ({@code minPosition}) wakes the pooled processors that follow them, instead of leaving them to look for new
 * events in half a second.
 * <p>
 * Without the store's shared cache of recent events ({@link AxonConfig#eventStore}), a processor's stream
 * offers its coordinator no callback for new events, so an idle coordinator looks for them every 500 ms,
 * and a read with {@code minPosition} right after a command waited for that. A stream of this store takes
 * the callback; {@link #wakeProcessors()} runs every stream's callback, and so does a timer every half
 * second (a coordinator with a callback would otherwise look by itself only every second). Commits do not
 * wake them: under a stream of commands that nobody reads back at once, a processor handles the events of
 * half a second in one batch, not each in a transaction of its own.
 */
final class WakingEventStore extends EmbeddedEventStore implements ProcessorWakeUp {

    static final long EVERY_MILLIS = 500;
    private static final Logger LOG = LoggerFactory.getLogger(WakingEventStore.class);

    private final Set<Runnable> waiting = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "event-store-waker");
        thread.setDaemon(true);
        return thread;
    });

    WakingEventStore(Builder builder) {
        this(builder, EVERY_MILLIS);
    }

    WakingEventStore(Builder builder, long everyMillis) {
        super(builder);
        timer.scheduleWithFixedDelay(this::wakeProcessors, everyMillis, everyMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        return new WakingStream(super.openStream(trackingToken));
    }

    @Override
    public void shutDown() {
        timer.shutdownNow();
        super.shutDown();
    }

    /**
     * Runs every stream's callback. One that fails (a coordinator whose executor has stopped before its
     * stream closed) is logged and skipped: it must not keep the others asleep, fail the read that woke
     * them, or end the timer, which runs no more once its task has thrown.
     */
    @Override
    public void wakeProcessors() {
        for (Runnable callback : waiting) {
            try {
                callback.run();
            } catch (RuntimeException failed) {
                LOG.debug("A processor could not be woken", failed);
            }
        }
    }

    /** A stream of the store, with the callback of its consumer kept until it is closed. */
    private final class WakingStream implements TrackingEventStream {

        private final TrackingEventStream stream;
        private volatile Runnable callback;

        private WakingStream(TrackingEventStream stream) {
            this.stream = stream;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            Runnable previous = this.callback;
            if (previous != null) {
                waiting.remove(previous);
            }
            this.callback = callback;
            waiting.add(callback);
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return stream.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            Runnable registered = callback;
            if (registered != null) {
                waiting.remove(registered);
            }
            stream.close();
        }
    }
}
