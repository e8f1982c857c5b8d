package nl.contractledger.projections.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an event adds to the timelines: the kind of timeline (or both, for segment changes), the
 * segments it concerns when the event names them itself, its business date, summary and milestone,
 * the plan it sets, and whose plan holds its milestone when not its own aggregate's ({@code plannedBy}: a tender's
 * contract starts on the tender's planned day).
 */
record TimelineFact(List<String> kinds, String aggregateId, List<String> segments, LocalDate date, String summary,
                    String milestone, Map<String, LocalDate> plan, PlannedBy plannedBy) {

    static final List<String> TENDER = List.of("tender");
    static final List<String> REVISION = List.of("revision");
    static final List<String> BOTH = List.of("tender", "revision");

    TimelineFact(List<String> kinds, String aggregateId, List<String> segments, LocalDate date, String summary,
                 String milestone, Map<String, LocalDate> plan) {
        this(kinds, aggregateId, segments, date, summary, milestone, plan, null);
    }

    /** The aggregate (by its kind and id, as the timeline keeps plans) whose plan holds a fact's milestone. */
    record PlannedBy(String aggregateType, String aggregateId) {
    }
}
