package nl.contractledger.projections.region;

import nl.contractledger.domain.region.RegionId;
import nl.contractledger.projections.document.ViewReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
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

    /** The region now, or as recorded at {@code asOf} when it is given; its segments' status as recorded. */
    public Optional<RegionView> region(String regionId, Instant asOf) {
        return views.read(RegionProjection.KIND, regionId, RegionId.of(regionId).toString(), RegionView.class,
                RegionEvolver.INSTANCE, asOf);
    }

    /**
     * The region now, or as recorded at {@code asOf}, described for the business date {@code on}: its segments' status
     * and products, and its members that day ({@link RegionOnDay}).
     */
    public Optional<RegionView> region(String regionId, Instant asOf, LocalDate on) {
        return region(regionId, asOf).map(region -> RegionOnDay.describe(region, on));
    }

    /**
     * Every region, by id; as recorded at {@code asOf} (now when null): those recorded by then, as they were; each
     * described for the business date {@code on}.
     */
    public List<RegionView> regions(Instant asOf, LocalDate on) {
        return views.all(RegionProjection.KIND, id -> RegionId.of(id).toString(), RegionView.class,
                RegionEvolver.INSTANCE, asOf).stream().map(region -> RegionOnDay.describe(region, on)).toList();
    }

    /** A segment as recorded now, its status as recorded. */
    public Optional<SegmentView> segment(String segmentId) {
        return regionOfSegment(segmentId)
                .flatMap(regionId -> region(regionId, null))
                .flatMap(region -> region.segment(segmentId));
    }

    /**
     * The segments of one region, or of every region when {@code regionId} is null; as recorded at {@code asOf} (now
     * when null), described for the business date {@code on}.
     */
    public List<SegmentView> segments(String regionId, Instant asOf, LocalDate on) {
        if (regionId != null) {
            return region(regionId, asOf, on).map(region -> region.segments).orElse(List.of());
        }
        return regions(asOf, on).stream().flatMap(region -> region.segments.stream()).toList();
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
