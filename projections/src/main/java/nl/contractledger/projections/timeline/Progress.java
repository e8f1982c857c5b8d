package nl.contractledger.projections.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Where one of a segment's timelines stands on a day: its latest step up to that day, its latest step that had
 * a planned date (with how many days it deviated from the plan), the first open deadline from that day on, and
 * the legal deadlines of procedures still open that passed without the act ({@code DeadlineMissed}); each null
 * when there is none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Progress(TimelineEntry lastStep, TimelineEntry lastPlannedStep, TimelineEntry nextDeadline,
                       List<TimelineEntry> missedDeadlines) {
}
