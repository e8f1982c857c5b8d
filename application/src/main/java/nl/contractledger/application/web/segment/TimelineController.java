package nl.contractledger.application.web.segment;

import nl.contractledger.application.web.problem.BadRequest;
import nl.contractledger.application.web.query.AsOf;
import nl.contractledger.application.web.query.CompleteAnswers;
import nl.contractledger.application.web.query.NotFound;
import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.domain.shared.BusinessDates;
import nl.contractledger.projections.contract.ContractProjection;
import nl.contractledger.projections.region.RegionProjection;
import nl.contractledger.projections.revision.RevisionProjection;
import nl.contractledger.projections.tender.TenderProjection;
import nl.contractledger.projections.region.RegionQueries;
import nl.contractledger.projections.region.RegionView;
import nl.contractledger.projections.region.SegmentView;
import nl.contractledger.projections.timeline.Timeline;
import nl.contractledger.projections.timeline.TimelineCursor;
import nl.contractledger.projections.timeline.TimelineProjection;
import nl.contractledger.projections.timeline.TimelineQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;


/** A segment's tender and revision timelines, as JSON, CSV or an SVG picture. */
@RestController
@RequestMapping("/api/segments/{segmentId}")
class TimelineController {

    private final TimelineQueries timelines;
    private final RegionQueries regions;
    private final CompleteAnswers completeAnswers;

    TimelineController(TimelineQueries timelines, RegionQueries regions, CompleteAnswers completeAnswers) {
        this.timelines = timelines;
        this.regions = regions;
        this.completeAnswers = completeAnswers;
    }

    static final int MAX_PAGE = 10_000;

    /** The read models a timeline is made of: its entries, the segment, and the open deadlines. */
    static final List<String> READ_MODELS = List.of(TimelineProjection.PROCESSING_GROUP,
            RegionProjection.PROCESSING_GROUP, ContractProjection.PROCESSING_GROUP, TenderProjection.PROCESSING_GROUP,
            RevisionProjection.PROCESSING_GROUP);

    /**
     * What a timeline as recorded at an instant is read from besides the folds of its aggregates: its entries and
     * subjects, and the segment; they must hold every event recorded by then.
     */
    static final List<String> READ_MODELS_AS_OF = List.of(TimelineProjection.PROCESSING_GROUP, RegionProjection.PROCESSING_GROUP);

    /**
     * The whole timelines, or with {@code limit} a page of one of them, continued with {@code after=next}; with
     * {@code asOf}, as they stood at that instant: the entries recorded by then, and the deadlines open on its day
     * by the tenders, revisions and contracts as recorded by then, as the procurement team saw them.
     */
    @GetMapping(value = "/timeline", produces = "application/json")
    Timeline timeline(@PathVariable String segmentId, @RequestParam(required = false) String kind,
                      @RequestParam(required = false) Long minPosition, @RequestParam(required = false) Integer limit,
                      @RequestParam(required = false) String after, @RequestParam(required = false) String asOf) {
        return select(segmentId, kind, minPosition, limit, after, asOf);
    }

    /** The same as CSV; a page links to the next one ({@code Link: <…>; rel="next"}). */
    @GetMapping(value = "/timeline", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable String segmentId, @RequestParam(required = false) String kind,
                               @RequestParam(required = false) Long minPosition, @RequestParam(required = false) Integer limit,
                               @RequestParam(required = false) String after, @RequestParam(required = false) String asOf) {
        Timeline timeline = select(segmentId, kind, minPosition, limit, after, asOf);
        return withNext(ResponseEntity.ok(), timeline, "/timeline", kind, limit, asOf)
                .header("Content-Disposition", "attachment; filename=\"timeline-" + segmentId + ".csv\"")
                .body(TimelineCsv.render(timeline));
    }

    /** The same as a picture; a page links to the next one ({@code Link: <…>; rel="next"}). */
    @GetMapping(value = "/timeline.svg", produces = "image/svg+xml")
    ResponseEntity<String> svg(@PathVariable String segmentId, @RequestParam(required = false) String kind,
                               @RequestParam(required = false) Long minPosition, @RequestParam(required = false) Integer limit,
                               @RequestParam(required = false) String after, @RequestParam(required = false) String asOf) {
        Timeline timeline = select(segmentId, kind, minPosition, limit, after, asOf);
        LocalDate today = BusinessDates.dayOf(AsOf.parse(asOf));
        return withNext(ResponseEntity.ok(), timeline, "/timeline.svg", kind, limit, asOf)
                .body(TimelineSvg.render(timeline, heading(timeline.segmentId(), today), today));
    }

    /**
     * {@code Haaglanden, segment 1 "Jeugdhulp met verblijf"} (a segment's number means something only within its
     * region), and for a closed segment when it closed (or closes, after the picture's day) and what it merged into.
     */
    private String heading(String segmentId, LocalDate today) {
        return regions.regionOfSegment(segmentId).flatMap(regionId -> regions.region(regionId, null))
                .flatMap(region -> region.segment(segmentId).map(segment -> region.name + ", " + named(segment)
                        + closure(region, segment, today)))
                .orElse("Segment " + segmentId);
    }

    private static String closure(RegionView region, SegmentView segment, LocalDate today) {
        if (segment.closedOn == null) {
            return "";
        }
        boolean closed = !segment.closedOn.isAfter(today);
        String merged = Optional.ofNullable(segment.mergedInto).flatMap(region::segment)
                .map(target -> (closed ? ", merged into " : ", to merge into ") + named(target)).orElse("");
        return (closed ? " (closed " : " (closes ") + segment.closedOn + merged + ")";
    }

    private static String named(SegmentView segment) {
        return SegmentView.named(segment.number, segment.name);
    }

    private Timeline select(String segmentId, String kind, Long minPosition, Integer limit, String after, String asOf) {
        Instant instant = AsOf.parse(asOf);
        if (limit == null && after == null) {
            return timelines.of(knownSegment(segmentId, kind, minPosition, instant).value(), kind, BusinessDates.dayOf(instant), instant);
        }
        if (limit == null || limit < 1 || limit > MAX_PAGE) {
            throw new BadRequest("limit", (limit == null ? "a page after another is read with limit: " : "")
                    + "limit is the number of entries of a page, 1 to " + MAX_PAGE);
        }
        if (kind == null) {
            throw new BadRequest("kind", "a page is of one timeline: kind is tender or revision");
        }
        TimelineCursor cursor = after == null ? null : TimelineCursor.decode(after)
                .orElseThrow(() -> new BadRequest("after", "after is the next of the page before"));
        SegmentId id = knownSegment(segmentId, kind, minPosition, instant);
        return timelines.page(id.value(), kind, BusinessDates.dayOf(instant), instant, cursor, limit);
    }

    private static ResponseEntity.BodyBuilder withNext(ResponseEntity.BodyBuilder response, Timeline timeline, String path,
                                                       String kind, Integer limit, String asOf) {
        if (timeline.next() == null) {
            return response;
        }
        String next = UriComponentsBuilder.fromPath("/api/segments/{segmentId}" + path).queryParam("kind", kind)
                .queryParam("limit", limit).queryParam("after", timeline.next())
                .queryParamIfPresent("asOf", Optional.ofNullable(asOf)).buildAndExpand(timeline.segmentId())
                .encode().toUriString();
        return response.header("Link", "<" + next + ">; rel=\"next\"");
    }

    /**
     * The segment, known to the regions read model; with {@code asOf}, defined by that instant, and then the read
     * models hold every event recorded when asked ({@link CompleteAnswers}), so nothing recorded by then is left out.
     */
    private SegmentId knownSegment(String segmentId, String kind, Long minPosition, Instant asOf) {
        SegmentId id = SegmentId.of(segmentId);
        if (kind != null && !kind.equals("tender") && !kind.equals("revision")) {
            throw new BadRequest("kind", "kind is tender or revision");
        }
        if (asOf == null) {
            completeAnswers.awaitNow(READ_MODELS, minPosition);
        } else {
            completeAnswers.await(READ_MODELS_AS_OF, minPosition);
        }
        Optional<String> region = regions.regionOfSegment(id.value());
        if (region.isEmpty() || (asOf != null && region.flatMap(regionId -> regions.region(regionId, asOf))
                .flatMap(then -> then.segment(id.value())).isEmpty())) {
            throw NotFound.of("segment", id.value(), asOf);
        }
        return id;
    }
}
