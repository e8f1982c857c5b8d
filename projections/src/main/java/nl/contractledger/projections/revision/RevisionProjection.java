package nl.contractledger.projections.revision;

import nl.contractledger.domain.revision.RevisionEvent;
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

/** The revision procedures read model: one {@link RevisionView} document per procedure. */
@Component
@ProcessingGroup(RevisionProjection.PROCESSING_GROUP)
public class RevisionProjection {

    public static final String PROCESSING_GROUP = "revisions";
    static final String KIND = "revision";

    private final DocumentStore documents;

    public RevisionProjection(DocumentStore documents) {
        this.documents = documents;
    }

    @EventHandler
    void on(RevisionEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt, EventMessage<?> message) {
        documents.apply(KIND, event.revisionId().value(), RevisionView.class, RevisionEvolver.INSTANCE, event, sequence,
                recordedAt, Positions.of(message));
    }

    @ResetHandler
    void reset() {
        documents.deleteAll(KIND);
    }
}
