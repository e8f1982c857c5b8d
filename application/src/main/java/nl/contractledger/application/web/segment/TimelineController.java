package nl.contractledger.application.web.segment;

import nl.contractledger.application.readmodel.ReadModels;
import nl.contractledger.application.web.command.BusinessDay;
import nl.contractledger.application.web.problem.BadRequest;
import nl.contractledger.application.web.query.NotFound;
import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.projections.region.RegionProjection;
import nl.contractledger.projections.region.RegionQueries;
import nl.contractledger.projections.timeline.Timeline;
import nl.contractledger.projections.timeline.TimelineProjection;
import nl.contractledger.projections.timeline.TimelineQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;


/** A segment's tender and revision timelines, as JSON, CSV or an SVG picture. */
@RestController
@RequestMapping("/api/segments/{segmentId}")
class TimelineController {

    private final TimelineQueries timelines;
    private final RegionQueries regions;
    private final ReadModels readModels;

    TimelineController(TimelineQueries timelines, RegionQueries regions, ReadModels readModels) {
        this.timelines = timelines;
        this.regions = regions;
        this.readModels = readModels;
    }

    @GetMapping(value = "/timeline", produces = "application/json")
    Timeline timeline(@PathVariable String segmentId, @RequestParam(required = false) String kind,
                      @RequestParam(required = false) Long minPosition) {
        return read(segmentId, kind, minPosition);
    }

    @GetMapping(value = "/timeline", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable String segmentId, @RequestParam(required = false) String kind,
                               @RequestParam(required = false) Long minPosition) {
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"timeline-" + segmentId + ".csv\"")
                .body(TimelineCsv.render(read(segmentId, kind, minPosition)));
    }

    @GetMapping(value = "/timeline.svg", produces = "image/svg+xml")
    String svg(@PathVariable String segmentId, @RequestParam(required = false) String kind,
               @RequestParam(required = false) Long minPosition) {
        return TimelineSvg.render(read(segmentId, kind, minPosition), BusinessDay.today());
    }

    private Timeline read(String segmentId, String kind, Long minPosition) {
        SegmentId id = SegmentId.of(segmentId);
        if (kind != null && !kind.equals("tender") && !kind.equals("revision")) {
            throw new BadRequest("kind", "kind is tender or revision");
        }
        readModels.awaitPosition(TimelineProjection.PROCESSING_GROUP, minPosition);
        readModels.awaitPosition(RegionProjection.PROCESSING_GROUP, minPosition);
        if (regions.regionOfSegment(id.value()).isEmpty()) {
            throw NotFound.of("segment", id.value(), null);
        }
        return timelines.of(id.value(), kind, BusinessDay.today());
    }
}
