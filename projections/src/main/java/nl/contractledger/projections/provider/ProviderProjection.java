package nl.contractledger.projections.provider;

import nl.contractledger.domain.provider.ProviderRegisteredEvent;
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

/** The providers read model: one {@link ProviderView} document per provider. */
@Component
@ProcessingGroup(ProviderProjection.PROCESSING_GROUP)
public class ProviderProjection {

    public static final String PROCESSING_GROUP = "providers";
    public static final String KIND = "provider";

    private final DocumentStore documents;

    public ProviderProjection(DocumentStore documents) {
        this.documents = documents;
    }

    @EventHandler
    void on(ProviderRegisteredEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
            EventMessage<?> message) {
        documents.apply(KIND, event.providerId().value(), ProviderView.class, ProviderEvolver.INSTANCE, event,
                sequence, recordedAt, Positions.of(message));
    }

    @ResetHandler
    void reset() {
        documents.deleteAll(KIND);
    }
}
