package nl.contractledger.projections.revision;

import nl.contractledger.domain.revision.RevisionEvent;
import nl.contractledger.domain.revision.RevisionOpenedEvent;
import nl.contractledger.projections.OwnTables;
import nl.contractledger.projections.Positions;
import nl.contractledger.projections.ProcedureIndex;
import nl.contractledger.projections.document.DocumentStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * The revision procedures read model: one {@link RevisionView} document per procedure, and which procedures belong to
 * which region and segment ({@link ProcedureIndex}).
 */
@Component
@ProcessingGroup(RevisionProjection.PROCESSING_GROUP)
public class RevisionProjection implements OwnTables {

    public static final String PROCESSING_GROUP = "revisions";
    public static final String KIND = "revision";

    private final DocumentStore documents;
    private final ProcedureIndex index;

    public RevisionProjection(DocumentStore documents, JdbcClient jdbc) {
        this.documents = documents;
        this.index = new ProcedureIndex(jdbc, KIND);
    }

    @EventHandler
    void on(RevisionEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt, EventMessage<?> message) {
        if (event instanceof RevisionOpenedEvent opened) {
            index.add(opened.revisionId().value(), opened.regionId().value(),
                    opened.segmentIds().stream().map(Object::toString).toList());
        }
        documents.apply(KIND, event.revisionId().value(), RevisionView.class, RevisionEvolver.INSTANCE, event, sequence,
                recordedAt, Positions.of(message));
    }

    @ResetHandler
    void reset() {
        index.deleteAll();
        documents.deleteAll(KIND);
    }

    @Override
    public List<String> ownTables() {
        return index.tables();
    }
}
