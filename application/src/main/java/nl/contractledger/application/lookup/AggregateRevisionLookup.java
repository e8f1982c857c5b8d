package nl.contractledger.application.lookup;

import nl.contractledger.domain.contract.ContractId;
import nl.contractledger.domain.contract.RevisionLookup;
import nl.contractledger.domain.revision.RevisionId;
import nl.contractledger.domain.revision.RevisionProcedure;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Whether a revision procedure exists (its event stream), and is finalised and names the contract (the aggregate itself). */
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

    /** Whether its event stream exists, as a provider's registration is known: without loading or locking the aggregate. */
    @Override
    public boolean exists(String revisionId) {
        return eventStore.lastSequenceNumberFor(RevisionId.of(revisionId).toString()).isPresent();
    }
}
