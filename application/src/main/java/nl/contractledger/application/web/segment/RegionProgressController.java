package nl.contractledger.application.web.segment;

import nl.contractledger.application.web.query.AsOf;
import nl.contractledger.application.web.query.CompleteAnswers;
import nl.contractledger.application.web.query.NotFound;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.shared.BusinessDates;
import nl.contractledger.projections.region.RegionQueries;
import nl.contractledger.projections.region.RegionView;
import nl.contractledger.projections.region.SegmentView;
import nl.contractledger.projections.timeline.Progress;
import nl.contractledger.projections.timeline.TimelineQueries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Where the tenders and revisions of every segment of a region stand today, planned against actual, at a glance:
 * for each segment and each of its two timelines, the latest step, the latest step against a plan with its
 * deviation, and the next open deadline. The whole timelines are one segment at a time ({@link TimelineController}).
 * With {@code asOf}, where they stood at that instant, as the procurement team saw it: the region's segments then,
 * the entries recorded by then and the deadlines open on that day by the tenders, revisions and contracts as
 * recorded by then; answered, as the timeline as of an instant, once the read models hold every event recorded.
 */
@RestController
class RegionProgressController {

    private final RegionQueries regions;
    private final TimelineQueries timelines;
    private final CompleteAnswers complete;

    RegionProgressController(RegionQueries regions, TimelineQueries timelines, CompleteAnswers complete) {
        this.regions = regions;
        this.timelines = timelines;
        this.complete = complete;
    }

    @GetMapping("/api/regions/{regionId}/progress")
    RegionProgress progress(@PathVariable String regionId, @RequestParam(required = false) Long minPosition,
                            @RequestParam(required = false) String asOf) {
        RegionId id = RegionId.of(regionId);
        Instant instant = AsOf.parse(asOf);
        if (instant == null) {
            complete.awaitNow(TimelineController.READ_MODELS, minPosition);
        } else {
            complete.await(TimelineController.READ_MODELS_AS_OF, minPosition);
        }
        LocalDate today = BusinessDates.dayOf(instant);
        RegionView region = regions.region(id.value(), instant, today)
                .orElseThrow(() -> NotFound.of("region", id.value(), instant));
        return new RegionProgress(region.id, region.name, today, region.segments.stream()
                .sorted(Comparator.comparingInt(segment -> segment.number))
                .map(segment -> progress(segment, today, instant)).toList());
    }

    private SegmentProgress progress(SegmentView segment, LocalDate today, Instant asOf) {
        return new SegmentProgress(segment.id, segment.number, segment.name, segment.status,
                timelines.progress(segment.id, "tender", today, asOf), timelines.progress(segment.id, "revision", today, asOf));
    }

    /** A region's segments in the order of their numbers, on the day it was asked (or the day of {@code asOf}). */
    record RegionProgress(String regionId, String name, LocalDate on, List<SegmentProgress> segments) {
    }

    /** One segment (open or closed) and where its tender and revision timelines stand. */
    record SegmentProgress(String segmentId, int number, String name, String status, Progress tender, Progress revision) {
    }
}
