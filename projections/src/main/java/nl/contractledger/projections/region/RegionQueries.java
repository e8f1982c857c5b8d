package nl.contractledger.projections.region;

import nl.contractledger.domain.region.RegionId;
import nl.contractledger.projections.document.ViewReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Regions and segments, as the read model has them now or as they were recorded at an instant. */
@Component
public class RegionQueries {

    private final ViewReader views;
    private final JdbcClient jdbc;

    public RegionQueries(ViewReader views, JdbcClient jdbc) {
        this.views = views;
        this.jdbc = jdbc;
    }

    /** The region now, or as recorded at {@code asOf} when it is given. */
    public Optional<RegionView> region(String regionId, Instant asOf) {
        return views.read(RegionProjection.KIND, regionId, RegionId.of(regionId).toString(), RegionView.class,
                RegionEvolver.INSTANCE, asOf);
    }

    /** Every region, by id; as recorded at {@code asOf} (now when null): those recorded by then, as they were. */
    public List<RegionView> regions(Instant asOf) {
        return views.all(RegionProjection.KIND, id -> RegionId.of(id).toString(), RegionView.class,
                RegionEvolver.INSTANCE, asOf);
    }

    public Optional<SegmentView> segment(String segmentId, Instant asOf) {
        return regionOfSegment(segmentId)
                .flatMap(regionId -> region(regionId, asOf))
                .flatMap(region -> region.segment(segmentId));
    }

    /**
     * The segments of one region, or of every region when {@code regionId} is null; as recorded at {@code asOf} (now
     * when null).
     */
    public List<SegmentView> segments(String regionId, Instant asOf) {
        if (regionId != null) {
            return region(regionId, asOf).map(region -> region.segments).orElse(List.of());
        }
        return regions(asOf).stream().flatMap(region -> region.segments.stream()).toList();
    }

    /**
     * The region whose segment it is: from the read model's segment index, or, while that has not reached the
     * segment's definition (it lags, or is rebuilt), from the id the definition claimed with its events through the
     * API ({@code id_claim}), which names the region's stream.
     */
    public Optional<String> regionOfSegment(String segmentId) {
        Optional<String> indexed = jdbc.sql("SELECT region_id FROM segment_index WHERE segment_id = :segment")
                .param("segment", segmentId).query(String.class).optional();
        if (indexed.isPresent()) {
            return indexed;
        }
        return jdbc.sql("SELECT stream FROM id_claim WHERE kind = 'segment' AND claimed_id = :segment")
                .param("segment", segmentId).query(String.class).optional()
                .filter(stream -> stream.startsWith(RegionId.STREAM_PREFIX))
                .map(stream -> stream.substring(RegionId.STREAM_PREFIX.length()));
    }
}
