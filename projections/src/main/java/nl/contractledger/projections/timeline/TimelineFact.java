package nl.contractledger.projections.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an event adds to the timelines: the kind of timeline (or both, for segment changes), the
 * segments it concerns when the event names them itself, its business date, summary and milestone,
 * and the plan it sets.
 */
record TimelineFact(List<String> kinds, String aggregateId, List<String> segments, LocalDate date, String summary,
                    String milestone, Map<String, LocalDate> plan) {

    static final List<String> TENDER = List.of("tender");
    static final List<String> REVISION = List.of("revision");
    static final List<String> BOTH = List.of("tender", "revision");
}
