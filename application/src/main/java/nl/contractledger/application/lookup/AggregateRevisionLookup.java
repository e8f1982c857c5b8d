package nl.contractledger.application.lookup;

import nl.contractledger.domain.contract.ContractId;
import nl.contractledger.domain.contract.RevisionLookup;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.revision.RevisionId;
import nl.contractledger.domain.revision.RevisionOpenedEvent;
import nl.contractledger.domain.revision.RevisionProcedure;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** A revision procedure's region (its opening event), and whether it is finalised and names the contract (the aggregate itself). */
@Component
class AggregateRevisionLookup implements RevisionLookup {

    private final ObjectProvider<Configuration> axon;
    private final EventStore eventStore;

    AggregateRevisionLookup(ObjectProvider<Configuration> axon, EventStore eventStore) {
        this.axon = axon;
        this.eventStore = eventStore;
    }

    @Override
    public boolean isFinalisedNaming(String revisionId, ContractId contractId) {
        try {
            return axon.getObject().repository(RevisionProcedure.class).load(RevisionId.of(revisionId).toString())
                    .invoke(revision -> revision.isFinalisedNaming(contractId));
        } catch (AggregateNotFoundException unknown) {
            return false;
        }
    }

    /** From the first event of its stream, which opened it: without loading or locking the aggregate. */
    @Override
    public Optional<RegionId> regionOf(String revisionId) {
        DomainEventStream stream = eventStore.readEvents(RevisionId.of(revisionId).toString(), 0);
        return stream.hasNext() && stream.next().getPayload() instanceof RevisionOpenedEvent opened
                ? Optional.of(opened.regionId()) : Optional.empty();
    }
}
