package nl.contractledger.application.web.segment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.contractledger.application.web.EventListing;
import nl.contractledger.application.web.HistoryCsv;
import nl.contractledger.application.web.query.CompleteAnswers;
import nl.contractledger.application.web.query.NotFound;
import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.projections.history.HistoryEntry;
import nl.contractledger.projections.region.RegionProjection;
import nl.contractledger.projections.region.RegionQueries;
import nl.contractledger.projections.timeline.SegmentHistory;
import nl.contractledger.projections.timeline.TimelineProjection;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;

/**
 * The history of a whole segment, for auditors: every recorded event that concerns it, in the order it was
 * recorded, with the same metadata and seal as an aggregate's history. Those are the events of its region that
 * name it, every event of the tenders, revision procedures and contracts whose segments include it, and the
 * outcome of its revision procedures on contracts of other segments ({@link SegmentHistory}). The events come
 * from the store; which tenders, procedures and contracts concern the segment, from the timelines read model
 * (and the segment's region from the regions read model). So a page is answered only once both have handled
 * every event recorded when it was asked ({@link CompleteAnswers}): never a history with silent gaps.
 */
@RestController
class SegmentHistoryController {

    private static final int MAX_PAGE = 1000;
    private static final List<String> INDEXES = List.of(TimelineProjection.PROCESSING_GROUP, RegionProjection.PROCESSING_GROUP);

    private final RegionQueries regions;
    private final SegmentHistory history;
    private final CompleteAnswers complete;

    SegmentHistoryController(RegionQueries regions, SegmentHistory history, CompleteAnswers complete) {
        this.regions = regions;
        this.history = history;
        this.complete = complete;
    }

    /**
     * The first {@code limit} events after {@code afterPosition}; when there are more, {@code more} is true and
     * {@code Link: <…>; rel="next"} reads on after {@code lastPosition}, the position of this page's last event.
     */
    @GetMapping(value = "/api/segments/{segmentId}/history", produces = {MediaType.APPLICATION_JSON_VALUE, HistoryCsv.MEDIA_TYPE})
    ResponseEntity<SegmentHistoryPage> history(@PathVariable String segmentId,
                                               @RequestParam(defaultValue = "0") @Min(0) long afterPosition,
                                               @RequestParam(defaultValue = "" + MAX_PAGE) @Min(1) @Max(MAX_PAGE) int limit,
                                               @RequestParam(required = false) Long minPosition) {
        SegmentId id = SegmentId.of(segmentId);
        complete.await(INDEXES, minPosition);
        String regionId = regions.regionOfSegment(id.value()).orElseThrow(() -> NotFound.of("segment", id.value(), null));
        SegmentHistory.Page page = history.page(id.value(), regionId, afterPosition, limit);
        SegmentHistoryPage answer = new SegmentHistoryPage(id.value(), regionId, page.events(), page.lastPosition(), page.more());
        return page.more() ? ResponseEntity.ok().header("Link", "<" + next(id, page.lastPosition(), limit) + ">; rel=\"next\"")
                .body(answer) : ResponseEntity.ok(answer);
    }

    private static String next(SegmentId id, long lastPosition, int limit) {
        return UriComponentsBuilder.fromPath("/api/segments/{segmentId}/history").queryParam("afterPosition", lastPosition)
                .queryParam("limit", limit).buildAndExpand(id.value()).encode().toUriString();
    }

    /** A page of a segment's history; {@code lastPosition} is where the next page reads on from. */
    record SegmentHistoryPage(String segmentId, String regionId, List<HistoryEntry> events, long lastPosition, boolean more)
            implements EventListing {

        @Override
        public String fileName() {
            return "segment-" + segmentId + "-history";
        }
    }
}
