package nl.contractledger.projections.dossier;

import nl.contractledger.projections.history.EventHistory;
import nl.contractledger.projections.history.EventTypes;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An aggregate's events as recorded, up to an instant when one is given, each with its position in the store and
 * its seal in the audit trail: what a dossier is built from, and what ties it to the audit trail.
 */
@Component
public class RecordedEvents {

    private final EventStore eventStore;
    private final EventHistory history;

    public RecordedEvents(EventStore eventStore, EventHistory history) {
        this.eventStore = eventStore;
        this.history = history;
    }

    List<Recorded> upTo(String streamKey, Instant asOf) {
        DomainEventStream events = eventStore.readEvents(streamKey, 0L);
        List<DomainEventMessage<?>> read = new ArrayList<>();
        while (events.hasNext() && (asOf == null || !events.peek().getTimestamp().isAfter(asOf))) {
            read.add(events.next());
        }
        Map<Long, EventHistory.Sealed> seals = history.seals(streamKey);
        return read.stream().map(event -> new Recorded(event, seals.get(event.getSequenceNumber()))).toList();
    }

    /** One recorded event, with where it stands in the store and its seal. */
    record Recorded(DomainEventMessage<?> event, EventHistory.Sealed sealed) {

        /** The dossier's step for the event: its business date and account, who recorded it when, and its seal. */
        Dossier.Step step(DossierSteps.Line line) {
            return new Dossier.Step(line.date(), event.getTimestamp(), (String) event.getMetaData().get("actor"),
                    EventTypes.nameOf(event.getPayloadType().getName()), line.summary(), sealed.position(), sealed.seal());
        }
    }
}
