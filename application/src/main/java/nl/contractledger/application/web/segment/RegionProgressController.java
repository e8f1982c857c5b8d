package nl.contractledger.application.web.segment;

import nl.contractledger.application.readmodel.ReadModels;
import nl.contractledger.application.web.command.BusinessDay;
import nl.contractledger.application.web.query.NotFound;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.projections.region.RegionQueries;
import nl.contractledger.projections.region.RegionView;
import nl.contractledger.projections.region.SegmentView;
import nl.contractledger.projections.timeline.Progress;
import nl.contractledger.projections.timeline.TimelineQueries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Where the tenders and revisions of every segment of a region stand today, planned against actual, at a glance:
 * for each segment and each of its two timelines, the latest step, the latest step against a plan with its
 * deviation, and the next open deadline. The whole timelines are one segment at a time ({@link TimelineController}).
 */
@RestController
class RegionProgressController {

    private final RegionQueries regions;
    private final TimelineQueries timelines;
    private final ReadModels readModels;

    RegionProgressController(RegionQueries regions, TimelineQueries timelines, ReadModels readModels) {
        this.regions = regions;
        this.timelines = timelines;
        this.readModels = readModels;
    }

    @GetMapping("/api/regions/{regionId}/progress")
    RegionProgress progress(@PathVariable String regionId, @RequestParam(required = false) Long minPosition) {
        RegionId id = RegionId.of(regionId);
        for (String readModel : TimelineController.READ_MODELS) {
            readModels.awaitPosition(readModel, minPosition);
        }
        RegionView region = regions.region(id.value(), null).orElseThrow(() -> NotFound.of("region", id.value(), null));
        LocalDate today = BusinessDay.today();
        return new RegionProgress(region.id, region.name, today, region.segments.stream()
                .sorted(Comparator.comparingInt(segment -> segment.number))
                .map(segment -> progress(segment, today)).toList());
    }

    private SegmentProgress progress(SegmentView segment, LocalDate today) {
        return new SegmentProgress(segment.id, segment.number, segment.name, segment.status,
                timelines.progress(segment.id, "tender", today), timelines.progress(segment.id, "revision", today));
    }

    /** A region's segments in the order of their numbers, on the day it was asked. */
    record RegionProgress(String regionId, String name, LocalDate on, List<SegmentProgress> segments) {
    }

    /** One segment (open or closed) and where its tender and revision timelines stand. */
    record SegmentProgress(String segmentId, int number, String name, String status, Progress tender, Progress revision) {
    }
}
