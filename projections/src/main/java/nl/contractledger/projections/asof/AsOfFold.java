package nl.contractledger.projections.asof;

import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of an aggregate as it had been recorded at an instant: its events recorded up to then,
 * folded with the view's {@link Evolver}, from the first event or from a view the same evolver left
 * after an earlier event. Reads the events themselves, never an aggregate snapshot, so a later event
 * cannot leak into the past. An aggregate's events are taken in sequence order up to the first one
 * recorded after the instant. Many aggregates are folded together from one read of their events.
 */
@Component
public class AsOfFold {

    private final RecordedStreams events;

    public AsOfFold(RecordedStreams events) {
        this.events = events;
    }

    /**
     * Where the fold of a stream starts: the view the evolver left after the events before {@code firstSequence}
     * ({@code null} from the first event, 0).
     */
    public record Start<S>(S view, long firstSequence) {

        public static <S> Start<S> fromFirstEvent() {
            return new Start<>(null, 0L);
        }
    }

    /**
     * By stream key, each stream folded from its start up to the instant ({@code null}: with every event it has
     * recorded); a stream with no state by then (nothing recorded) is absent.
     */
    public <S> Map<String, S> foldAll(Map<String, Start<S>> starts, Instant asOf, Evolver<S> evolver) {
        Map<String, Long> firstSequences = new HashMap<>();
        starts.forEach((stream, start) -> firstSequences.put(stream, start.firstSequence()));
        Map<String, List<DomainEventMessage<?>>> recorded = events.upTo(asOf, firstSequences);
        Map<String, S> folded = new HashMap<>();
        starts.forEach((stream, start) -> {
            S view = start.view();
            for (DomainEventMessage<?> event : recorded.getOrDefault(stream, List.of())) {
                view = evolver.evolve(view, event.getPayload(), event.getSequenceNumber(), event.getTimestamp());
            }
            if (view != null) {
                folded.put(stream, view);
            }
        });
        return folded;
    }
}
