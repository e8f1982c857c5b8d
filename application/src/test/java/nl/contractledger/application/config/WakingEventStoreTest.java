package nl.contractledger.application.config;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A processor's stream takes its coordinator's callback and is woken when a read waits for a position, so
 * an idle processor looks for the event at once instead of in half a second; commits alone do not wake it.
 */
class WakingEventStoreTest {

    /** So long that no test sees the periodic wake. */
    private static final long NEVER = TimeUnit.HOURS.toMillis(1);

    private final WakingEventStore store = new WakingEventStore(
            EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).optimizeEventConsumption(false), NEVER);

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void givenAStreamWithACallback_whenTheProcessorsAreWoken_thenTheCallbackRunsAndTheStreamHasTheEvents() throws Exception {
        AtomicInteger woken = new AtomicInteger();
        try (TrackingEventStream stream = store.openStream(null)) {
            assertThat(stream.setOnAvailableCallback(woken::incrementAndGet)).as("the coordinator relies on it").isTrue();
            store.publish(GenericEventMessage.asEventMessage("first"), GenericEventMessage.asEventMessage("second"));

            store.wakeProcessors();

            assertThat(woken).hasValue(1);
            assertThat(stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("first");
        }
    }

    @Test
    void givenAStreamWithACallback_whenEventsAreCommittedAndNobodyWaits_thenItIsNotWokenSoItsProcessorTakesThemInOneBatch() {
        AtomicInteger woken = new AtomicInteger();
        try (TrackingEventStream stream = store.openStream(null)) {
            stream.setOnAvailableCallback(woken::incrementAndGet);

            store.publish(GenericEventMessage.asEventMessage("unread"));

            assertThat(woken).hasValue(0);
        }
    }

    @Test
    void givenAClosedStream_whenTheProcessorsAreWoken_thenItsCallbackNoLongerRuns() {
        AtomicInteger woken = new AtomicInteger();
        TrackingEventStream stream = store.openStream(null);
        stream.setOnAvailableCallback(woken::incrementAndGet);
        stream.close();

        store.wakeProcessors();

        assertThat(woken).hasValue(0);
    }

    @Test
    void givenAStreamWhoseCallbackIsReplaced_whenTheProcessorsAreWoken_thenOnlyTheLastCallbackRuns() {
        AtomicInteger first = new AtomicInteger();
        AtomicInteger last = new AtomicInteger();
        try (TrackingEventStream stream = store.openStream(null)) {
            stream.setOnAvailableCallback(first::incrementAndGet);
            stream.setOnAvailableCallback(last::incrementAndGet);

            store.wakeProcessors();

            assertThat(first).hasValue(0);
            assertThat(last).hasValue(1);
        }
    }

    @Test
    void givenAStreamWhoseCallbackFails_whenTheProcessorsAreWoken_thenTheOthersAreWokenAndTheCallerIsNotFailed() {
        AtomicInteger woken = new AtomicInteger();
        try (TrackingEventStream failing = store.openStream(null); TrackingEventStream other = store.openStream(null)) {
            failing.setOnAvailableCallback(() -> {
                throw new IllegalStateException("executor stopped");
            });
            other.setOnAvailableCallback(woken::incrementAndGet);

            store.wakeProcessors();
            store.wakeProcessors();

            assertThat(woken).hasValue(2);
        }
    }

    @Test
    void givenTheTimer_whenNobodyWakesTheProcessors_thenItWakesThemEveryInterval() {
        WakingEventStore timed = new WakingEventStore(
                EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).optimizeEventConsumption(false), 20);
        AtomicInteger woken = new AtomicInteger();
        try (TrackingEventStream failing = timed.openStream(null); TrackingEventStream stream = timed.openStream(null)) {
            failing.setOnAvailableCallback(() -> {
                throw new IllegalStateException("executor stopped");
            });
            stream.setOnAvailableCallback(woken::incrementAndGet);

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(woken.get()).isGreaterThanOrEqualTo(3));
        } finally {
            timed.shutDown();
        }
    }
}
