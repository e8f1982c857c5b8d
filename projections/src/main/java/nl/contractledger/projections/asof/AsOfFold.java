package nl.contractledger.projections.asof;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * The state of an aggregate as it had been recorded at an instant: its events recorded up to then,
 * folded with the view's {@link Evolver}. Reads the events themselves (never a snapshot), so a later
 * event cannot leak into the past.
 */
@Component
public class AsOfFold {

    private final EventStore eventStore;

    public AsOfFold(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public <S> Optional<S> fold(String streamKey, Instant asOf, Evolver<S> evolver) {
        DomainEventStream events = eventStore.readEvents(streamKey, 0L);
        S view = null;
        while (events.hasNext() && !events.peek().getTimestamp().isAfter(asOf)) {
            DomainEventMessage<?> event = events.next();
            view = evolver.evolve(view, event.getPayload(), event.getSequenceNumber(), event.getTimestamp());
        }
        return Optional.ofNullable(view);
    }
}
