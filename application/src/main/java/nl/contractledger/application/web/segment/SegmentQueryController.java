package nl.contractledger.application.web.segment;

import nl.contractledger.application.readmodel.ReadModels;
import nl.contractledger.application.web.query.AsOf;
import nl.contractledger.application.web.query.NotFound;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.projections.region.RegionProjection;
import nl.contractledger.projections.region.RegionQueries;
import nl.contractledger.projections.region.SegmentView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** Segments with status, forms, objectives, products, budgets and merges; one segment also as of a past instant. */
@RestController
@RequestMapping("/api/segments")
class SegmentQueryController {

    private final RegionQueries regions;
    private final ReadModels readModels;

    SegmentQueryController(RegionQueries regions, ReadModels readModels) {
        this.regions = regions;
        this.readModels = readModels;
    }

    @GetMapping
    List<SegmentView> segments(@RequestParam(required = false) String regionId,
                               @RequestParam(required = false) Long minPosition) {
        String region = regionId == null ? null : RegionId.of(regionId).value();
        readModels.awaitPosition(RegionProjection.PROCESSING_GROUP, minPosition);
        return regions.segments(region);
    }

    @GetMapping("/{segmentId}")
    SegmentView segment(@PathVariable String segmentId, @RequestParam(required = false) String asOf,
                        @RequestParam(required = false) Long minPosition) {
        SegmentId id = SegmentId.of(segmentId);
        Instant instant = AsOf.parse(asOf);
        readModels.awaitPosition(RegionProjection.PROCESSING_GROUP, minPosition);
        return regions.segment(id.value(), instant).orElseThrow(() -> NotFound.of("segment", id.value(), instant));
    }
}
