package nl.contractledger.application.config;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DefaultEventBusSpanFactory;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.axonframework.tracing.NoOpSpanFactory;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class EventStoreCacheTest {

    @Test
    void givenTheConfiguredEventStore_whenAProcessorFollowsTheHead_thenItReadsTheStoreItselfAndNothingIsCachedForIt()
            throws Exception {
        Configuration axon = mock(Configuration.class);
        when(axon.messageMonitor(EventStore.class, "eventStore")).thenAnswer(call -> NoOpMessageMonitor.instance());
        when(axon.getComponent(EventBusSpanFactory.class))
                .thenReturn(DefaultEventBusSpanFactory.builder().spanFactory(NoOpSpanFactory.INSTANCE).build());
        EmbeddedEventStore store = new AxonConfig().eventStore(new InMemoryEventStorageEngine(), axon);
        try {
            List<Object> published = new ArrayList<>();
            List<Object> read = new ArrayList<>();
            try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
                for (int event = 0; event < 20; event++) {
                    published.add("event " + event);
                    store.publish(GenericEventMessage.asEventMessage("event " + event));
                    assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
                    read.add(stream.nextAvailable().getPayload());
                    assertThat(stream.hasNextAvailable()).isFalse();
                }

                assertThat(read).isEqualTo(published);
                assertThat((Collection<?>) ReflectionTestUtils.getField(store, "tailingConsumers")).isEmpty();
            }
        } finally {
            store.shutDown();
        }
    }
}
