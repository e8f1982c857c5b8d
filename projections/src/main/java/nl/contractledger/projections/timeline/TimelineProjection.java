package nl.contractledger.projections.timeline;

import nl.contractledger.domain.contract.ContractEvent;
import nl.contractledger.domain.region.RegionEvent;
import nl.contractledger.domain.revision.RevisionEvent;
import nl.contractledger.domain.tender.TenderEvent;
import nl.contractledger.projections.Positions;
import nl.contractledger.projections.history.EventTypes;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The segment timelines: every tender, revision and contract event in the timeline of each segment it
 * concerns, with the planned date and deviation where the aggregate's plan has one; segment moves and
 * closures in both timelines of every segment they touch. Rows are keyed by global position, so an
 * event applied twice leaves one row.
 */
@Component
@ProcessingGroup(TimelineProjection.PROCESSING_GROUP)
public class TimelineProjection {

    public static final String PROCESSING_GROUP = "timelines";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final JdbcClient jdbc;

    public TimelineProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TenderEvent event, EventMessage<?> message, @Timestamp Instant at, @MetaDataValue("actor") String actor,
            TrackingToken token) {
        record(TenderFacts.of(event), "tender", message, at, actor, token);
    }

    @EventHandler
    void on(RevisionEvent event, EventMessage<?> message, @Timestamp Instant at, @MetaDataValue("actor") String actor,
            TrackingToken token) {
        record(OtherFacts.of(event), "revision", message, at, actor, token);
    }

    @EventHandler
    void on(ContractEvent event, EventMessage<?> message, @Timestamp Instant at, @MetaDataValue("actor") String actor,
            TrackingToken token) {
        record(OtherFacts.of(event, subjectKinds(event.contractId().value())), "contract", message, at, actor, token);
    }

    @EventHandler
    void on(RegionEvent event, EventMessage<?> message, @Timestamp Instant at, @MetaDataValue("actor") String actor,
            TrackingToken token) {
        record(OtherFacts.of(event), "region", message, at, actor, token);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM timeline_entry").update();
        jdbc.sql("DELETE FROM timeline_subject").update();
        jdbc.sql("DELETE FROM timeline_plan").update();
    }

    private void record(TimelineFact fact, String aggregateType, EventMessage<?> message, Instant at, String actor,
                        TrackingToken token) {
        if (fact == null || fact.kinds().isEmpty()) {
            return;
        }
        boolean firstOfAggregate = fact.segments() != null && fact.kinds().size() == 1;
        if (firstOfAggregate) {
            fact.segments().forEach(segment -> jdbc.sql("""
                            INSERT INTO timeline_subject (aggregate_id, segment_id, kind, aggregate_type)
                            SELECT :aggregate, :segment, :kind, :type WHERE NOT EXISTS (SELECT 1 FROM timeline_subject
                                WHERE aggregate_id = :aggregate AND segment_id = :segment)""")
                    .param("aggregate", fact.aggregateId()).param("segment", segment).param("kind", fact.kinds().get(0))
                    .param("type", aggregateType).update());
        }
        fact.plan().forEach((milestone, date) -> jdbc.sql("""
                        INSERT INTO timeline_plan (aggregate_id, milestone, planned_on)
                        SELECT :aggregate, :milestone, :date WHERE NOT EXISTS (SELECT 1 FROM timeline_plan
                            WHERE aggregate_id = :aggregate AND milestone = :milestone)""")
                .param("aggregate", fact.aggregateId()).param("milestone", milestone).param("date", date).update());
        LocalDate date = fact.date() != null ? fact.date() : LocalDate.ofInstant(at, AMSTERDAM);
        LocalDate planned = fact.milestone() == null ? null : jdbc.sql(
                        "SELECT planned_on FROM timeline_plan WHERE aggregate_id = :aggregate AND milestone = :milestone")
                .param("aggregate", fact.aggregateId()).param("milestone", fact.milestone())
                .query(LocalDate.class).optional().orElse(null);
        Long deviation = planned == null ? null : ChronoUnit.DAYS.between(planned, date);
        for (Map.Entry<String, String> target : targets(fact)) {
            jdbc.sql("""
                            INSERT INTO timeline_entry (position, segment_id, kind, entry_date, recorded_at, type,
                                aggregate_id, actor, summary, planned_date, deviation_days)
                            SELECT :position, :segment, :kind, :date, :at, :type, :aggregate, :actor, :summary, :planned,
                                :deviation
                            WHERE NOT EXISTS (SELECT 1 FROM timeline_entry
                                WHERE position = :position AND segment_id = :segment AND kind = :kind)""")
                    .param("position", Positions.of(token)).param("segment", target.getKey())
                    .param("kind", target.getValue()).param("date", date).param("at", java.sql.Timestamp.from(at))
                    .param("type", EventTypes.nameOf(message.getPayloadType().getName()))
                    .param("aggregate", fact.aggregateId()).param("actor", actor)
                    .param("summary", fact.summary().length() > 4000 ? fact.summary().substring(0, 4000) : fact.summary())
                    .param("planned", planned).param("deviation", deviation)
                    .update();
        }
    }

    /** The (segment, kind) pairs an event is entered under. */
    private List<Map.Entry<String, String>> targets(TimelineFact fact) {
        if (fact.segments() != null) {
            return fact.segments().stream()
                    .flatMap(segment -> fact.kinds().stream().map(kind -> Map.entry(segment, kind))).toList();
        }
        return jdbc.sql("SELECT segment_id, kind FROM timeline_subject WHERE aggregate_id = :aggregate")
                .param("aggregate", fact.aggregateId())
                .query((row, index) -> Map.entry(row.getString("segment_id"), row.getString("kind"))).list();
    }

    private List<String> subjectKinds(String aggregateId) {
        return jdbc.sql("SELECT DISTINCT kind FROM timeline_subject WHERE aggregate_id = :aggregate")
                .param("aggregate", aggregateId).query(String.class).list();
    }
}
