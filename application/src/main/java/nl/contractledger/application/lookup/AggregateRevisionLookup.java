package nl.contractledger.application.lookup;

import nl.contractledger.domain.contract.ContractId;
import nl.contractledger.domain.contract.RevisionLookup;
import nl.contractledger.domain.revision.RevisionId;
import nl.contractledger.domain.revision.RevisionProcedure;
import org.axonframework.config.Configuration;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Whether a revision procedure exists, and is finalised and names the contract, from the aggregate itself. */
@Component
class AggregateRevisionLookup implements RevisionLookup {

    private final ObjectProvider<Configuration> axon;

    AggregateRevisionLookup(ObjectProvider<Configuration> axon) {
        this.axon = axon;
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

    @Override
    public boolean exists(String revisionId) {
        try {
            axon.getObject().repository(RevisionProcedure.class).load(RevisionId.of(revisionId).toString());
            return true;
        } catch (AggregateNotFoundException unknown) {
            return false;
        }
    }
}
