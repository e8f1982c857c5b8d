package nl.contractledger.projections.dossier;

import nl.contractledger.projections.history.EventTypes;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An aggregate's events as recorded, up to an instant when one is given: what a dossier is built from. */
final class RecordedEvents {

    private RecordedEvents() {
    }

    static List<DomainEventMessage<?>> upTo(EventStore eventStore, String streamKey, Instant asOf) {
        DomainEventStream events = eventStore.readEvents(streamKey, 0L);
        List<DomainEventMessage<?>> recorded = new ArrayList<>();
        while (events.hasNext() && (asOf == null || !events.peek().getTimestamp().isAfter(asOf))) {
            recorded.add(events.next());
        }
        return recorded;
    }

    /** The dossier's step for an event: its business date and account, and who recorded it when. */
    static Dossier.Step step(DomainEventMessage<?> event, DossierSteps.Line line) {
        return new Dossier.Step(line.date(), event.getTimestamp(), (String) event.getMetaData().get("actor"),
                EventTypes.nameOf(event.getPayloadType().getName()), line.summary());
    }
}
