package nl.contractledger.projections.timeline;

import nl.contractledger.projections.OwnTables;
import nl.contractledger.projections.batch.ProjectionBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The timeline tables: which segments a tender, revision procedure or contract concerns and its plan (by its kind and
 * id, since ids are unique per kind only), the entries, the names the summaries give
 * providers and segments, and who gave each response to a revision. Row by row as events arrive; during a rebuild batch through
 * {@link TimelineBatch}, which keeps them in memory.
 */
@Component
class TimelineRows {

    static final List<String> TABLES = List.of("timeline_entry", "timeline_subject", "timeline_plan", "timeline_name",
            "timeline_response");
    /** The kinds of {@code timeline_name}. */
    static final String PROVIDER = "provider";
    static final String SEGMENT = "segment";

    /**
     * A segment a tender, revision procedure or contract concerns, in which of its timelines, and for a contract the
     * day its part for the segment ends, if it does.
     */
    record Subject(String segmentId, String kind, LocalDate partEndsOn) {

        Subject(String segmentId, String kind) {
            this(segmentId, kind, null);
        }

        /** Whether an event of the day concerns the segment: not when it falls after the contract's part for it ended. */
        boolean concerns(LocalDate day) {
            return partEndsOn == null || !day.isAfter(partEndsOn);
        }

        Subject endingOn(LocalDate day) {
            return new Subject(segmentId, kind, day);
        }
    }

    /** {@link #withdrawStart}'s statement, by the segment's tender timeline in its index's order, then the entry. */
    static final String WITHDRAW_START = """
            UPDATE timeline_entry SET withdrawn_at = ?
            WHERE segment_id = ? AND kind = 'tender' AND entry_date >= ? AND type = ? AND aggregate_id = ?
              AND withdrawn_at IS NULL""";

    record Entry(String eventId, long position, String segmentId, String kind, LocalDate date, java.sql.Timestamp recordedAt,
                 String type, String aggregateId, String actor, String summary, LocalDate planned, Long deviation) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    TimelineRows(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    private Optional<TimelineBatch> batch() {
        return ProjectionBatch.current().map(current -> current.state(this, () -> new TimelineBatch(this, batches)));
    }

    void subject(String aggregateType, String aggregateId, String segmentId, String kind) {
        Optional<TimelineBatch> batch = batch();
        if (batch.isPresent()) {
            batch.get().subject(aggregateType, aggregateId, new Subject(segmentId, kind));
            return;
        }
        jdbc.sql("""
                        INSERT INTO timeline_subject (aggregate_id, segment_id, kind, aggregate_type)
                        SELECT :aggregate, :segment, :kind, :type WHERE NOT EXISTS (SELECT 1 FROM timeline_subject
                            WHERE aggregate_type = :type AND aggregate_id = :aggregate AND segment_id = :segment)""")
                .param("aggregate", aggregateId).param("segment", segmentId).param("kind", kind)
                .param("type", aggregateType).update();
    }

    /**
     * The day a contract's part for a segment ends: from then on the contract's end is no deadline of that segment, and
     * the contract's events of a later day are no entries of its timelines.
     */
    void partEnds(String contractId, String segmentId, LocalDate endsOn) {
        Optional<TimelineBatch> batch = batch();
        if (batch.isPresent()) {
            batch.get().partEnds(contractId, segmentId, endsOn);
            return;
        }
        jdbc.sql("""
                        UPDATE timeline_subject SET part_ends_on = :ends
                        WHERE aggregate_type = 'contract' AND aggregate_id = :contract AND segment_id = :segment""")
                .param("ends", endsOn).param("contract", contractId).param("segment", segmentId).update();
    }

    /** The segments (and the timeline in each) of the tender, revision or contract ({@code aggregateType}) with the id. */
    List<Subject> subjects(String aggregateType, String aggregateId) {
        Optional<TimelineBatch> batch = batch();
        if (batch.isPresent()) {
            return batch.get().subjects(aggregateType, aggregateId);
        }
        return subjectsInDatabase(aggregateType, aggregateId);
    }

    List<Subject> subjectsInDatabase(String aggregateType, String aggregateId) {
        return jdbc.sql("""
                        SELECT segment_id, kind, part_ends_on FROM timeline_subject
                        WHERE aggregate_type = :type AND aggregate_id = :aggregate ORDER BY segment_id""")
                .param("type", aggregateType).param("aggregate", aggregateId)
                .query((row, index) -> new Subject(row.getString("segment_id"), row.getString("kind"),
                        row.getObject("part_ends_on", LocalDate.class))).list();
    }

    void plan(String aggregateType, String aggregateId, Map<String, LocalDate> plan) {
        Optional<TimelineBatch> batch = batch();
        if (batch.isPresent()) {
            batch.get().plan(aggregateType, aggregateId, plan);
            return;
        }
        plan.forEach((milestone, date) -> jdbc.sql("""
                        INSERT INTO timeline_plan (aggregate_type, aggregate_id, milestone, planned_on)
                        SELECT :type, :aggregate, :milestone, :date WHERE NOT EXISTS (SELECT 1 FROM timeline_plan
                            WHERE aggregate_type = :type AND aggregate_id = :aggregate AND milestone = :milestone)""")
                .param("type", aggregateType).param("aggregate", aggregateId).param("milestone", milestone).param("date", date)
                .update());
    }

    Optional<LocalDate> planned(String aggregateType, String aggregateId, String milestone) {
        Optional<TimelineBatch> batch = batch();
        if (batch.isPresent()) {
            return Optional.ofNullable(batch.get().plan(aggregateType, aggregateId).get(milestone));
        }
        return jdbc.sql("""
                        SELECT planned_on FROM timeline_plan
                        WHERE aggregate_type = :type AND aggregate_id = :aggregate AND milestone = :milestone""")
                .param("type", aggregateType).param("aggregate", aggregateId).param("milestone", milestone)
                .query(LocalDate.class).optional();
    }

    Map<String, LocalDate> planInDatabase(String aggregateType, String aggregateId) {
        Map<String, LocalDate> plan = new java.util.HashMap<>();
        jdbc.sql("SELECT milestone, planned_on FROM timeline_plan WHERE aggregate_type = :type AND aggregate_id = :aggregate")
                .param("type", aggregateType).param("aggregate", aggregateId)
                .query((row, index) -> plan.put(row.getString("milestone"), row.getObject("planned_on", LocalDate.class)))
                .list();
        return plan;
    }

    void entry(Entry entry) {
        Optional<TimelineBatch> batch = batch();
        if (batch.isPresent()) {
            batch.get().entry(entry);
            return;
        }
        jdbc.sql("""
                        INSERT INTO timeline_entry (event_id, position, segment_id, kind, entry_date, recorded_at, type,
                            aggregate_id, actor, summary, planned_date, deviation_days)
                        SELECT :event, :position, :segment, :kind, :date, :at, :type, :aggregate, :actor, :summary,
                            :planned, :deviation
                        WHERE NOT EXISTS (SELECT 1 FROM timeline_entry
                            WHERE event_id = :event AND segment_id = :segment AND kind = :kind)""")
                .param("event", entry.eventId()).param("position", entry.position()).param("segment", entry.segmentId()).param("kind", entry.kind())
                .param("date", entry.date()).param("at", entry.recordedAt()).param("type", entry.type())
                .param("aggregate", entry.aggregateId()).param("actor", entry.actor()).param("summary", entry.summary())
                .param("planned", entry.planned()).param("deviation", entry.deviation())
                .update();
    }

    /**
     * Withdraws the start of a tender's contract ({@link ContractFacts#CONTRACT_START}) from a segment's tender
     * timeline when it falls on or after {@code from}, the day the contract's termination takes effect: a contract
     * terminated before its first day does not start. Withdrawn as of {@code at}, when the termination was recorded,
     * so that the timeline as it stood before still shows the start; a second time changes nothing.
     */
    void withdrawStart(String contractId, String segmentId, LocalDate from, Timestamp at) {
        Optional<TimelineBatch> batch = batch();
        if (batch.isPresent()) {
            batch.get().withdrawStart(contractId, segmentId, from, at);
            return;
        }
        jdbc.sql(WITHDRAW_START).params(at, segmentId, from, ContractFacts.CONTRACT_START, contractId).update();
    }

    /**
     * Keeps the name a summary gives a provider or segment ({@code kind}: {@link #PROVIDER}, {@link #SEGMENT}), as
     * first given: a second time changes nothing.
     */
    void name(String kind, String id, String name) {
        Optional<TimelineBatch> batch = batch();
        if (batch.isPresent()) {
            batch.get().name(kind, id, name);
            return;
        }
        jdbc.sql("""
                        INSERT INTO timeline_name (kind, id, name)
                        SELECT :kind, :id, :name WHERE NOT EXISTS (SELECT 1 FROM timeline_name WHERE kind = :kind AND id = :id)""")
                .param("kind", kind).param("id", id).param("name", name).update();
    }

    Optional<String> name(String kind, String id) {
        Optional<TimelineBatch> batch = batch();
        if (batch.isPresent()) {
            return batch.get().name(kind, id);
        }
        return nameInDatabase(kind, id);
    }

    Optional<String> nameInDatabase(String kind, String id) {
        return jdbc.sql("SELECT name FROM timeline_name WHERE kind = :kind AND id = :id").param("kind", kind).param("id", id)
                .query(String.class).optional();
    }

    /** Keeps who gave a response to a revision, so that its answer can say so. */
    void responder(String revisionId, String responseId, String providerId) {
        Optional<TimelineBatch> batch = batch();
        if (batch.isPresent()) {
            batch.get().responder(revisionId, responseId, providerId);
            return;
        }
        jdbc.sql("""
                        INSERT INTO timeline_response (revision_id, response_id, provider_id)
                        SELECT :revision, :response, :provider WHERE NOT EXISTS (SELECT 1 FROM timeline_response
                            WHERE revision_id = :revision AND response_id = :response)""")
                .param("revision", revisionId).param("response", responseId).param("provider", providerId).update();
    }

    Optional<String> responder(String revisionId, String responseId) {
        Optional<TimelineBatch> batch = batch();
        if (batch.isPresent()) {
            return batch.get().responder(revisionId, responseId);
        }
        return responderInDatabase(revisionId, responseId);
    }

    Optional<String> responderInDatabase(String revisionId, String responseId) {
        return jdbc.sql("SELECT provider_id FROM timeline_response WHERE revision_id = :revision AND response_id = :response")
                .param("revision", revisionId).param("response", responseId).query(String.class).optional();
    }

    void deleteAll() {
        OwnTables.deleteRows(jdbc, TABLES);
    }
}
