package nl.contractledger.projections.tender;

import nl.contractledger.domain.tender.TenderEvent;
import nl.contractledger.domain.tender.TenderPlannedEvent;
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
 * The tenders read model: one {@link TenderView} document per tender, and which tenders belong to which region and
 * segment ({@link ProcedureIndex}).
 */
@Component
@ProcessingGroup(TenderProjection.PROCESSING_GROUP)
public class TenderProjection implements OwnTables {

    public static final String PROCESSING_GROUP = "tenders";
    public static final String KIND = "tender";

    private final DocumentStore documents;
    private final ProcedureIndex index;

    public TenderProjection(DocumentStore documents, JdbcClient jdbc) {
        this.documents = documents;
        this.index = new ProcedureIndex(jdbc, KIND);
    }

    @EventHandler
    void on(TenderEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt, EventMessage<?> message) {
        if (event instanceof TenderPlannedEvent planned) {
            index.add(planned.tenderId().value(), planned.regionId().value(),
                    planned.segmentIds().stream().map(Object::toString).toList());
        }
        documents.apply(KIND, event.tenderId().value(), TenderView.class, TenderEvolver.INSTANCE, event, sequence,
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
