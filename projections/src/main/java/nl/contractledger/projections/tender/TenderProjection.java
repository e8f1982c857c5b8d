package nl.contractledger.projections.tender;

import nl.contractledger.domain.tender.TenderEvent;
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

/** The tenders read model: one {@link TenderView} document per tender. */
@Component
@ProcessingGroup(TenderProjection.PROCESSING_GROUP)
public class TenderProjection {

    public static final String PROCESSING_GROUP = "tenders";
    static final String KIND = "tender";

    private final DocumentStore documents;

    public TenderProjection(DocumentStore documents) {
        this.documents = documents;
    }

    @EventHandler
    void on(TenderEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt, EventMessage<?> message) {
        documents.apply(KIND, event.tenderId().value(), TenderView.class, TenderEvolver.INSTANCE, event, sequence,
                recordedAt, Positions.of(message));
    }

    @ResetHandler
    void reset() {
        documents.deleteAll(KIND);
    }
}
