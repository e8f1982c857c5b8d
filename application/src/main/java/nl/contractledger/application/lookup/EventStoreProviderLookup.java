package nl.contractledger.application.lookup;

import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.provider.ProviderLookup;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** A provider is registered when its event stream exists in the event store. */
@Component
class EventStoreProviderLookup implements ProviderLookup {

    private final EventStore eventStore;

    EventStoreProviderLookup(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public boolean isRegistered(ProviderId providerId) {
        return eventStore.lastSequenceNumberFor(providerId.toString()).isPresent();
    }
}
