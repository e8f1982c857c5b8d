package nl.contractledger.projections.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a segment timeline: the business date, when and by whom it was recorded, the event, the
 * aggregate, a one-line summary, the planned date and the deviation in days (positive: late) where a
 * plan exists; {@code deadline} marks an open deadline: still to come (type {@code Deadline}), or passed with the
 * act still to come (type {@code DeadlineMissed}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineEntry(LocalDate date, Instant recordedAt, String type, String aggregateId, String actor,
                            String summary, LocalDate plannedDate, Long deviationDays, Boolean deadline) {
}
