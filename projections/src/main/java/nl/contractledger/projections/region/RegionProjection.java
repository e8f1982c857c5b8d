package nl.contractledger.projections.region;

import nl.contractledger.domain.region.RegionEvent;
import nl.contractledger.domain.region.SegmentDefinedEvent;
import nl.contractledger.projections.OwnTables;
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
import java.util.List;

/**
 * The regions read model: one {@link RegionView} document per region, evolved by the same
 * {@link RegionEvolver} that answers {@code asOf}, and an index from segment to region. An event
 * whose position the document has already passed is skipped, so redelivery changes nothing.
 */
@Component
@ProcessingGroup(RegionProjection.PROCESSING_GROUP)
public class RegionProjection implements OwnTables {

    public static final String PROCESSING_GROUP = "regions";
    public static final String KIND = "region";

    private final DocumentStore documents;
    private final JdbcClient jdbc;

    public RegionProjection(DocumentStore documents, JdbcClient jdbc) {
        this.documents = documents;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RegionEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt, EventMessage<?> message) {
        boolean applied = documents.apply(KIND, event.regionId().value(), RegionView.class, RegionEvolver.INSTANCE,
                event, sequence, recordedAt, Positions.of(message));
        if (applied && event instanceof SegmentDefinedEvent defined) {
            jdbc.sql("INSERT INTO segment_index (segment_id, region_id) VALUES (:segment, :region)")
                    .param("segment", defined.segmentId().value()).param("region", defined.regionId().value())
                    .update();
        }
    }

    @ResetHandler
    void reset() {
        OwnTables.deleteRows(jdbc, ownTables());
        documents.deleteAll(KIND);
    }

    /** The segment index; the region documents share a table with the other read models' and are deleted by kind. */
    @Override
    public List<String> ownTables() {
        return List.of("segment_index");
    }
}
