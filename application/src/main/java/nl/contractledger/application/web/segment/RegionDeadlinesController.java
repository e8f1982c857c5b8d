package nl.contractledger.application.web.segment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.contractledger.application.web.query.AsOf;
import nl.contractledger.application.web.query.CompleteAnswers;
import nl.contractledger.application.web.query.NotFound;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.shared.BusinessDates;
import nl.contractledger.projections.region.RegionQueries;
import nl.contractledger.projections.region.RegionView;
import nl.contractledger.projections.region.SegmentView;
import nl.contractledger.projections.timeline.TimelineEntry;
import nl.contractledger.projections.timeline.TimelineQueries;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The deadlines a region's procurement team must watch, across all its segments, soonest first: every legal
 * deadline a procedure still open has missed, and every open deadline from today up to {@code within} days ahead
 * (a standstill's end, a response deadline, the last day for an award decision, a ready-by date, a contract's
 * end), each with the days left. A deadline of a tender, revision or contract for several segments is one item
 * naming them all. They are the deadlines of the segments' timelines ({@link TimelineController}), answered only
 * once their read models have handled every event recorded ({@link CompleteAnswers}): a warning list that left a
 * deadline out while a read model is rebuilt would be worse than none. JSON, or with
 * {@code Accept: text/calendar} an iCalendar feed a calendar can subscribe to, with reminders. With {@code asOf}, the
 * list as the team had it at that instant: the region's segments then, and the deadlines open on that day by the
 * tenders, revisions and contracts as recorded by then.
 */
@RestController
class RegionDeadlinesController {

    static final int DEFAULT_WITHIN_DAYS = 30;
    static final int MAX_WITHIN_DAYS = 3660;
    private static final List<String> KINDS = List.of("tender", "revision");

    private final RegionQueries regions;
    private final TimelineQueries timelines;
    private final CompleteAnswers complete;

    RegionDeadlinesController(RegionQueries regions, TimelineQueries timelines, CompleteAnswers complete) {
        this.regions = regions;
        this.timelines = timelines;
        this.complete = complete;
    }

    @GetMapping(value = "/api/regions/{regionId}/deadlines", produces = MediaType.APPLICATION_JSON_VALUE)
    RegionDeadlines deadlines(@PathVariable String regionId,
                              @RequestParam(defaultValue = "" + DEFAULT_WITHIN_DAYS) @Min(0) @Max(MAX_WITHIN_DAYS) int within,
                              @RequestParam(required = false) Long minPosition, @RequestParam(required = false) String asOf) {
        return watched(regionId, within, minPosition, asOf);
    }

    /**
     * The same deadlines as a calendar to subscribe to ({@link DeadlineCalendar}), reminding {@code remind} days before
     * each one still to come ({@link Reminders}).
     */
    @GetMapping(value = "/api/regions/{regionId}/deadlines", produces = DeadlineCalendar.MEDIA_TYPE)
    ResponseEntity<String> calendar(@PathVariable String regionId,
                                    @RequestParam(defaultValue = "" + DEFAULT_WITHIN_DAYS) @Min(0) @Max(MAX_WITHIN_DAYS) int within,
                                    @RequestParam(required = false) Long minPosition,
                                    @RequestParam(required = false) String asOf,
                                    @RequestParam(defaultValue = Reminders.DEFAULT) String remind) {
        Reminders reminders = Reminders.parse(remind);
        RegionDeadlines deadlines = watched(regionId, within, minPosition, asOf);
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(DeadlineCalendar.fileName(deadlines.regionId())).build().toString())
                .body(DeadlineCalendar.of(deadlines, reminders, Instant.now()));
    }

    /** The deadlines on today, or with {@code asOf} as the team saw them then ({@link TimelineController}). */
    private RegionDeadlines watched(String regionId, int within, Long minPosition, String asOf) {
        RegionId id = RegionId.of(regionId);
        Instant instant = AsOf.parse(asOf);
        complete.await(TimelineController.READ_MODELS, minPosition);
        RegionView region = regions.region(id.value(), instant).orElseThrow(() -> NotFound.of("region", id.value(), instant));
        LocalDate today = BusinessDates.dayOf(instant);
        LocalDate until = today.plusDays(within);
        Map<List<Object>, Watched> watched = new LinkedHashMap<>();
        region.segments.stream().sorted(Comparator.comparingInt(segment -> segment.number)).forEach(segment -> {
            for (String kind : KINDS) {
                for (TimelineEntry deadline : timelines.openDeadlines(segment.id, kind, today, instant)) {
                    boolean missed = deadline.type().equals(TimelineQueries.MISSED);
                    if (missed || !deadline.date().isAfter(until)) {
                        watched.computeIfAbsent(List.of(deadline.date(), deadline.type(), deadline.aggregateId(), deadline.summary()),
                                key -> new Watched(deadline, missed)).add(kind, segment);
                    }
                }
            }
        });
        List<Deadline> deadlines = watched.values().stream().map(item -> item.deadline(today))
                .sorted(Comparator.comparing(Deadline::date).thenComparing(Deadline::aggregateId).thenComparing(Deadline::summary))
                .toList();
        return new RegionDeadlines(region.id, region.name, today, until, deadlines);
    }

    /** A deadline as the segments' timelines show it, and the timelines and segments it stands in. */
    private static final class Watched {
        private final TimelineEntry entry;
        private final boolean missed;
        private final Set<String> timelines = new LinkedHashSet<>();
        private final List<SegmentOf> segments = new ArrayList<>();

        private Watched(TimelineEntry entry, boolean missed) {
            this.entry = entry;
            this.missed = missed;
        }

        void add(String kind, SegmentView segment) {
            timelines.add(kind);
            if (segments.stream().noneMatch(known -> known.segmentId().equals(segment.id))) {
                segments.add(new SegmentOf(segment.id, segment.number, segment.name));
            }
        }

        Deadline deadline(LocalDate today) {
            return new Deadline(entry.date(), ChronoUnit.DAYS.between(today, entry.date()), missed, entry.type(),
                    entry.aggregateId(), entry.summary(), List.copyOf(timelines), segments);
        }
    }

    /** The deadlines on the day asked ({@code on}), up to {@code until} for those still to come. */
    record RegionDeadlines(String regionId, String name, LocalDate on, LocalDate until, List<Deadline> deadlines) {
    }

    /**
     * One deadline: its day, the days left until it (negative once missed), its type as in the timeline
     * ({@code Deadline}, {@code DeadlineMissed}), the tender, revision or contract it belongs to, the timelines
     * ({@code tender}, {@code revision}) and segments it stands in.
     */
    record Deadline(LocalDate date, long daysLeft, boolean missed, String type, String aggregateId, String summary,
                    List<String> timelines, List<SegmentOf> segments) {
    }

    record SegmentOf(String segmentId, int number, String name) {
    }
}
