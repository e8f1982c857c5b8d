package nl.contractledger.projections.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where one of a segment's timelines stands on a day: its latest step up to that day, its latest step that had
 * a planned date (with how many days it deviated from the plan), and the first open deadline from that day on;
 * each null when there is none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Progress(TimelineEntry lastStep, TimelineEntry lastPlannedStep, TimelineEntry nextDeadline) {
}
