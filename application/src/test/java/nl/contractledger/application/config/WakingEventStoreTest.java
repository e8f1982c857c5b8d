package nl.contractledger.application.config;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A processor's stream takes its coordinator's callback and is woken when this node commits events, so an
 * idle processor handles them at once instead of looking again in half a second.
 */
class WakingEventStoreTest {

    /** So long that no test sees the periodic wake for other nodes' events. */
    private static final long NEVER = TimeUnit.HOURS.toMillis(1);

    private final WakingEventStore store = new WakingEventStore(
            EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).optimizeEventConsumption(false), NEVER);

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void givenAStreamWithACallback_whenEventsAreCommitted_thenTheCallbackRunsOnceForThemAndTheStreamHasThem() throws Exception {
        AtomicInteger woken = new AtomicInteger();
        try (TrackingEventStream stream = store.openStream(null)) {
            assertThat(stream.setOnAvailableCallback(woken::incrementAndGet)).as("the coordinator relies on it").isTrue();

            store.publish(GenericEventMessage.asEventMessage("first"), GenericEventMessage.asEventMessage("second"));

            assertThat(woken).hasValue(1);
            assertThat(stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("first");
        }
    }

    @Test
    void givenAClosedStream_whenEventsAreCommitted_thenItsCallbackNoLongerRuns() {
        AtomicInteger woken = new AtomicInteger();
        TrackingEventStream stream = store.openStream(null);
        stream.setOnAvailableCallback(woken::incrementAndGet);
        stream.close();

        store.publish(GenericEventMessage.asEventMessage("after"));

        assertThat(woken).hasValue(0);
    }

    @Test
    void givenATransactionStillOpen_whenEventsArePublishedInIt_thenTheStreamsAreWokenOnlyAfterItCommits() {
        AtomicInteger woken = new AtomicInteger();
        try (TrackingEventStream stream = store.openStream(null)) {
            stream.setOnAvailableCallback(woken::incrementAndGet);
            TransactionSynchronizationManager.initSynchronization();
            try {
                store.publish(GenericEventMessage.asEventMessage("in a transaction"));
                assertThat(woken).as("not yet committed").hasValue(0);

                TransactionSynchronizationUtils.invokeAfterCommit(TransactionSynchronizationManager.getSynchronizations());
            } finally {
                TransactionSynchronizationManager.clearSynchronization();
            }
            assertThat(woken).hasValue(1);
        }
    }

    @Test
    void givenAStreamWhoseCallbackIsReplaced_whenEventsAreCommitted_thenOnlyTheLastCallbackRuns() {
        AtomicInteger first = new AtomicInteger();
        AtomicInteger last = new AtomicInteger();
        try (TrackingEventStream stream = store.openStream(null)) {
            stream.setOnAvailableCallback(first::incrementAndGet);
            stream.setOnAvailableCallback(last::incrementAndGet);

            store.publish(GenericEventMessage.asEventMessage("event"));

            assertThat(first).hasValue(0);
            assertThat(last).hasValue(1);
        }
    }
}
