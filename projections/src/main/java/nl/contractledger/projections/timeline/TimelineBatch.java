package nl.contractledger.projections.timeline;

import nl.contractledger.projections.batch.ProjectionBatch;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a rebuild batch adds to the timeline tables: subjects (and the ends of contracts' parts), plans, entries (and
 * the starts withdrawn), names and responders, each in one JDBC batch.
 */
final class TimelineBatch implements ProjectionBatch.Pending {

    private final TimelineRows rows;
    private final JdbcTemplate jdbc;
    /** By the aggregate's kind and id. */
    private final Map<List<String>, List<TimelineRows.Subject>> subjects = new HashMap<>();
    private final Map<List<String>, Map<String, LocalDate>> plans = new HashMap<>();
    private final List<Object[]> newSubjects = new ArrayList<>();
    private final List<Object[]> partEnds = new ArrayList<>();
    private final List<Object[]> newPlans = new ArrayList<>();
    private final List<Object[]> entries = new ArrayList<>();
    private final List<Object[]> startsWithdrawn = new ArrayList<>();
    private final Map<List<String>, Optional<String>> names = new HashMap<>();
    private final List<Object[]> newNames = new ArrayList<>();
    private final Map<List<String>, Optional<String>> responders = new HashMap<>();
    private final List<Object[]> newResponders = new ArrayList<>();

    TimelineBatch(TimelineRows rows, JdbcTemplate jdbc) {
        this.rows = rows;
        this.jdbc = jdbc;
    }

    List<TimelineRows.Subject> subjects(String aggregateType, String aggregateId) {
        return subjects.computeIfAbsent(List.of(aggregateType, aggregateId),
                key -> new ArrayList<>(rows.subjectsInDatabase(aggregateType, aggregateId)));
    }

    void subject(String aggregateType, String aggregateId, TimelineRows.Subject subject) {
        List<TimelineRows.Subject> known = subjects(aggregateType, aggregateId);
        if (known.stream().noneMatch(existing -> existing.segmentId().equals(subject.segmentId()))) {
            known.add(subject);
            newSubjects.add(new Object[]{aggregateId, subject.segmentId(), subject.kind(), aggregateType});
        }
    }

    /** Written after the page's new subjects, so that it reaches a subject added earlier in the same page. */
    void partEnds(String contractId, String segmentId, LocalDate endsOn) {
        subjects("contract", contractId)
                .replaceAll(subject -> subject.segmentId().equals(segmentId) ? subject.endingOn(endsOn) : subject);
        partEnds.add(new Object[]{endsOn, contractId, segmentId});
    }

    Map<String, LocalDate> plan(String aggregateType, String aggregateId) {
        return plans.computeIfAbsent(List.of(aggregateType, aggregateId), key -> rows.planInDatabase(aggregateType, aggregateId));
    }

    void plan(String aggregateType, String aggregateId, Map<String, LocalDate> plan) {
        Map<String, LocalDate> known = plan(aggregateType, aggregateId);
        plan.forEach((milestone, date) -> {
            if (known.putIfAbsent(milestone, date) == null) {
                newPlans.add(new Object[]{aggregateType, aggregateId, milestone, date});
            }
        });
    }

    void entry(TimelineRows.Entry entry) {
        entries.add(new Object[]{entry.eventId(), entry.position(), entry.segmentId(), entry.kind(), entry.date(), entry.recordedAt(),
                entry.type(), entry.aggregateId(), entry.actor(), entry.summary(), entry.planned(), entry.deviation()});
    }

    /** Written after the page's entries, so that it reaches a start entered earlier in the same page. */
    void withdrawStart(String contractId, String segmentId, LocalDate from, java.sql.Timestamp at) {
        startsWithdrawn.add(new Object[]{at, segmentId, from, ContractFacts.CONTRACT_START, contractId});
    }

    Optional<String> name(String kind, String id) {
        return names.computeIfAbsent(List.of(kind, id), key -> rows.nameInDatabase(kind, id));
    }

    void name(String kind, String id, String name) {
        if (name(kind, id).isEmpty()) {
            names.put(List.of(kind, id), Optional.of(name));
            newNames.add(new Object[]{kind, id, name});
        }
    }

    Optional<String> responder(String revisionId, String responseId) {
        return responders.computeIfAbsent(List.of(revisionId, responseId), key -> rows.responderInDatabase(revisionId, responseId));
    }

    void responder(String revisionId, String responseId, String providerId) {
        if (responder(revisionId, responseId).isEmpty()) {
            responders.put(List.of(revisionId, responseId), Optional.of(providerId));
            newResponders.add(new Object[]{revisionId, responseId, providerId});
        }
    }

    @Override
    public void flush() {
        if (!newResponders.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO timeline_response (revision_id, response_id, provider_id) VALUES (?, ?, ?)", newResponders);
        }
        if (!newNames.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO timeline_name (kind, id, name) VALUES (?, ?, ?)", newNames);
        }
        if (!newSubjects.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO timeline_subject (aggregate_id, segment_id, kind, aggregate_type) VALUES (?, ?, ?, ?)",
                    newSubjects);
        }
        if (!partEnds.isEmpty()) {
            jdbc.batchUpdate("""
                    UPDATE timeline_subject SET part_ends_on = ?
                    WHERE aggregate_type = 'contract' AND aggregate_id = ? AND segment_id = ?""", partEnds);
        }
        if (!newPlans.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO timeline_plan (aggregate_type, aggregate_id, milestone, planned_on) VALUES (?, ?, ?, ?)",
                    newPlans);
        }
        if (!entries.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO timeline_entry (event_id, position, segment_id, kind, entry_date, recorded_at, type,
                        aggregate_id, actor, summary, planned_date, deviation_days)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", entries);
        }
        if (!startsWithdrawn.isEmpty()) {
            jdbc.batchUpdate(TimelineRows.WITHDRAW_START, startsWithdrawn);
        }
    }
}
