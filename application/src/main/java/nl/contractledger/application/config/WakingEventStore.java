package nl.contractledger.application.config;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Axon's embedded event store whose streams wake the pooled processors that follow them when this node
 * has committed events, instead of leaving them to look again in half a second.
 * <p>
 * Without the store's shared cache of recent events ({@link AxonConfig#eventStore}), a processor's stream
 * offers its coordinator no callback for new events, so an idle coordinator looks for them every 500 ms,
 * and a read with {@code minPosition} right after a command waited for that. A stream of this store takes
 * the callback and runs it after each commit of events on this node, and every half second for the
 * events other nodes commit (the coordinator then looks at least every second by itself).
 */
final class WakingEventStore extends EmbeddedEventStore {

    static final long OTHER_NODES_MILLIS = 500;

    private final Set<Runnable> waiting = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService otherNodes = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "event-store-waker");
        thread.setDaemon(true);
        return thread;
    });

    WakingEventStore(Builder builder) {
        this(builder, OTHER_NODES_MILLIS);
    }

    WakingEventStore(Builder builder, long otherNodesMillis) {
        super(builder);
        otherNodes.scheduleWithFixedDelay(this::wake, otherNodesMillis, otherNodesMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        return new WakingStream(super.openStream(trackingToken));
    }

    /** Wakes the streams once the transaction that wrote the events has committed, when one is still open. */
    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        super.afterCommit(events);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        } else {
            wake();
        }
    }

    @Override
    public void shutDown() {
        otherNodes.shutdownNow();
        super.shutDown();
    }

    void wake() {
        waiting.forEach(Runnable::run);
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
