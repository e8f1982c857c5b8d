package nl.contractledger.projections.contract;

import nl.contractledger.domain.contract.ContractEvent;
import nl.contractledger.domain.contract.ContractExtendedEvent;
import nl.contractledger.domain.contract.ContractPublishedEvent;
import nl.contractledger.domain.contract.ContractSignedEvent;
import nl.contractledger.domain.contract.ContractTerminatedEvent;
import nl.contractledger.domain.contract.ProviderAdmittedEvent;
import nl.contractledger.projections.Positions;
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

/** The contract register: one {@link ContractView} document per contract and the index its filters use. */
@Component
@ProcessingGroup(ContractProjection.PROCESSING_GROUP)
public class ContractProjection {

    public static final String PROCESSING_GROUP = "contracts";
    static final String KIND = "contract";

    private final DocumentStore documents;
    private final JdbcClient jdbc;

    public ContractProjection(DocumentStore documents, JdbcClient jdbc) {
        this.documents = documents;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ContractEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt, EventMessage<?> message) {
        String id = event.contractId().value();
        if (!documents.apply(KIND, id, ContractView.class, ContractEvolver.INSTANCE, event, sequence, recordedAt,
                Positions.of(message))) {
            return;
        }
        if (event instanceof ContractPublishedEvent published) {
            jdbc.sql("""
                            INSERT INTO contract_index (contract_id, region_id, kind, starts_on, ends_on, title)
                            VALUES (:id, :region, :kind, :starts, :ends, :title)""")
                    .param("id", id).param("region", published.regionId().value()).param("kind", published.kind().name())
                    .param("title", published.title())
                    .param("starts", published.startsOn()).param("ends", published.endsOn()).update();
            published.segmentIds().forEach(segment -> jdbc.sql(
                            "INSERT INTO contract_segment (contract_id, segment_id) VALUES (:id, :segment)")
                    .param("id", id).param("segment", segment.value()).update());
        } else if (event instanceof ContractExtendedEvent extended) {
            jdbc.sql("UPDATE contract_index SET ends_on = :ends WHERE contract_id = :id")
                    .param("ends", extended.newEndsOn()).param("id", id).update();
        } else if (event instanceof ContractTerminatedEvent terminated) {
            jdbc.sql("UPDATE contract_index SET terminated_on = :on WHERE contract_id = :id")
                    .param("on", terminated.effectiveOn()).param("id", id).update();
        } else if (event instanceof ProviderAdmittedEvent admitted) {
            party(id, admitted.providerId().value());
        } else if (event instanceof ContractSignedEvent signed) {
            party(id, signed.providerId().value());
        }
    }

    private void party(String contractId, String providerId) {
        jdbc.sql("""
                        INSERT INTO contract_party (contract_id, provider_id) SELECT :id, :provider
                        WHERE NOT EXISTS (SELECT 1 FROM contract_party WHERE contract_id = :id AND provider_id = :provider)""")
                .param("id", contractId).param("provider", providerId).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM contract_party").update();
        jdbc.sql("DELETE FROM contract_segment").update();
        jdbc.sql("DELETE FROM contract_index").update();
        documents.deleteAll(KIND);
    }
}
