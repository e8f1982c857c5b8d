package nl.contractledger.application.web.segment;

import nl.contractledger.application.readmodel.ReadModels;
import nl.contractledger.application.web.command.Answers;
import nl.contractledger.application.web.command.BusinessDay;
import nl.contractledger.application.web.query.AsOf;
import nl.contractledger.application.web.query.NotFound;
import nl.contractledger.application.web.query.CompleteAnswers;
import nl.contractledger.application.web.query.Reads;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.projections.region.RegionProjection;
import nl.contractledger.projections.region.RegionQueries;
import nl.contractledger.projections.region.RegionView;
import nl.contractledger.projections.region.SegmentView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Segments with status, forms, objectives, products, budgets and merges; one segment also as of a past instant. The
 * status and the products are those of the business date {@code on} (today by default): {@code CLOSED} from the day a
 * closure takes effect, a product among the {@code products} from the day it joins until the day it leaves.
 */
@RestController
@RequestMapping("/api/segments")
class SegmentQueryController {

    private final RegionQueries regions;
    private final ReadModels readModels;
    private final Reads reads;
    private final CompleteAnswers complete;

    SegmentQueryController(RegionQueries regions, ReadModels readModels, Reads reads, CompleteAnswers complete) {
        this.regions = regions;
        this.readModels = readModels;
        this.reads = reads;
        this.complete = complete;
    }

    @GetMapping
    List<SegmentView> segments(@RequestParam(required = false) String regionId,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                               @RequestParam(required = false) Long minPosition, @RequestParam(required = false) String asOf) {
        String region = regionId == null ? null : RegionId.of(regionId).value();
        LocalDate day = BusinessDay.on(on);
        Instant instant = AsOf.parse(asOf);
        complete.awaitFor(List.of(RegionProjection.PROCESSING_GROUP), minPosition, instant);
        return regions.segments(region, instant, day);
    }

    /**
     * A segment, now or as recorded at {@code asOf}: then folded from its region's events, the last of them named. Its
     * {@code ETag} is its region's version and the day it describes, the region's commands' {@code If-Match}.
     */
    @GetMapping("/{segmentId}")
    ResponseEntity<SegmentView> segment(@PathVariable String segmentId, @RequestParam(required = false) String asOf,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                        @RequestParam(required = false) Long minPosition) {
        SegmentId id = SegmentId.of(segmentId);
        LocalDate day = BusinessDay.on(on);
        Instant instant = AsOf.parse(asOf);
        readModels.awaitPosition(RegionProjection.PROCESSING_GROUP, minPosition);
        Optional<RegionView> region = regions.regionOfSegment(id.value())
                .flatMap(regionId -> regions.region(regionId, instant, day));
        SegmentView segment = region.flatMap(found -> found.segment(id.value()))
                .orElseThrow(() -> NotFound.of("segment", id.value(), instant));
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().eTag(Answers.etag(region.get().version, day));
        if (instant != null) {
            reads.foldedThrough(answer, RegionId.of(region.get().id).toString(), region.get().version);
        }
        return answer.body(segment);
    }
}
