package nl.contractledger.projections.asof;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * The state of an aggregate as it had been recorded at an instant: its events recorded up to then,
 * folded with the view's {@link Evolver}, from the first event or from a view the same evolver left
 * after an earlier event. Reads the events themselves, never an aggregate snapshot, so a later event
 * cannot leak into the past. An aggregate's events are taken in sequence order up to the first one
 * recorded after the instant.
 */
@Component
public class AsOfFold {

    private final EventStore eventStore;

    public AsOfFold(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public <S> Optional<S> fold(String streamKey, Instant asOf, Evolver<S> evolver) {
        return foldFrom(streamKey, asOf, evolver, null, 0L);
    }

    /** Folds the events from {@code firstSequence} on into {@code view}, the state after the events before it. */
    public <S> Optional<S> foldFrom(String streamKey, Instant asOf, Evolver<S> evolver, S view, long firstSequence) {
        DomainEventStream events = eventStore.readEvents(streamKey, firstSequence);
        S folded = view;
        while (events.hasNext() && !events.peek().getTimestamp().isAfter(asOf)) {
            DomainEventMessage<?> event = events.next();
            folded = evolver.evolve(folded, event.getPayload(), event.getSequenceNumber(), event.getTimestamp());
        }
        return Optional.ofNullable(folded);
    }
}
