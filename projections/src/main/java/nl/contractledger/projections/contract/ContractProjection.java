package nl.contractledger.projections.contract;

import nl.contractledger.domain.contract.ContractEvent;
import nl.contractledger.domain.contract.ContractExtendedEvent;
import nl.contractledger.domain.contract.ContractPublishedEvent;
import nl.contractledger.domain.contract.ContractSignedEvent;
import nl.contractledger.domain.contract.ContractTerminatedEvent;
import nl.contractledger.domain.contract.ProviderAdmittedEvent;
import nl.contractledger.projections.OwnTables;
import nl.contractledger.projections.Positions;
import nl.contractledger.projections.document.DocumentStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** The contract register: one {@link ContractView} document per contract and the index its filters use. */
@Component
@ProcessingGroup(ContractProjection.PROCESSING_GROUP)
public class ContractProjection implements OwnTables {

    public static final String PROCESSING_GROUP = "contracts";
    public static final String KIND = "contract";

    private final DocumentStore documents;
    private final ContractIndex index;

    ContractProjection(DocumentStore documents, ContractIndex index) {
        this.documents = documents;
        this.index = index;
    }

    @EventHandler
    void on(ContractEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt, EventMessage<?> message) {
        String id = event.contractId().value();
        if (!documents.apply(KIND, id, ContractView.class, ContractEvolver.INSTANCE, event, sequence, recordedAt,
                Positions.of(message))) {
            return;
        }
        if (event instanceof ContractPublishedEvent published) {
            index.published(published);
        } else if (event instanceof ContractExtendedEvent extended) {
            index.extended(id, extended.newEndsOn());
        } else if (event instanceof ContractTerminatedEvent terminated) {
            index.terminated(id, terminated.effectiveOn());
        } else if (event instanceof ProviderAdmittedEvent admitted) {
            index.party(id, admitted.providerId().value());
        } else if (event instanceof ContractSignedEvent signed) {
            index.party(id, signed.providerId().value());
        }
    }

    @ResetHandler
    void reset() {
        index.deleteAll();
        documents.deleteAll(KIND);
    }

    /** The index; its documents share a table with the other read models' and are deleted by kind. */
    @Override
    public List<String> ownTables() {
        return ContractIndex.TABLES;
    }
}
