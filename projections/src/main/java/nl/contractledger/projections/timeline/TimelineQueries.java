package nl.contractledger.projections.timeline;

import nl.contractledger.projections.revision.RevisionQueries;
import nl.contractledger.projections.revision.RevisionView;
import nl.contractledger.projections.tender.TenderQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A segment's timelines: the recorded entries, in order of business date and then recording time,
 * followed by the open deadlines still to come (standstill end, response deadline, ready-by date,
 * contract end) as future entries.
 */
@Component
public class TimelineQueries {

    private static final Comparator<TimelineEntry> ORDER = Comparator.comparing(TimelineEntry::date)
            .thenComparing(TimelineEntry::recordedAt, Comparator.nullsLast(Comparator.naturalOrder()));

    private final JdbcClient jdbc;
    private final TenderQueries tenders;
    private final RevisionQueries revisions;

    public TimelineQueries(JdbcClient jdbc, TenderQueries tenders, RevisionQueries revisions) {
        this.jdbc = jdbc;
        this.tenders = tenders;
        this.revisions = revisions;
    }

    /** Both timelines, or only {@code kind} ("tender" or "revision") when given. */
    public Timeline of(String segmentId, String kind, LocalDate today) {
        return new Timeline(segmentId,
                kind == null || kind.equals("tender") ? entries(segmentId, "tender", today) : null,
                kind == null || kind.equals("revision") ? entries(segmentId, "revision", today) : null);
    }

    private List<TimelineEntry> entries(String segmentId, String kind, LocalDate today) {
        List<TimelineEntry> entries = new ArrayList<>(jdbc.sql("""
                        SELECT * FROM timeline_entry WHERE segment_id = :segment AND kind = :kind
                        ORDER BY entry_date, recorded_at, position""")
                .param("segment", segmentId).param("kind", kind)
                .query((row, index) -> new TimelineEntry(row.getObject("entry_date", LocalDate.class),
                        row.getTimestamp("recorded_at").toInstant(), row.getString("type"), row.getString("aggregate_id"),
                        row.getString("actor"), row.getString("summary"), row.getObject("planned_date", LocalDate.class),
                        (Long) row.getObject("deviation_days", Long.class), null))
                .list());
        List<String> contractSubjects = new ArrayList<>();
        jdbc.sql("SELECT aggregate_id, aggregate_type FROM timeline_subject WHERE segment_id = :segment AND kind = :kind")
                .param("segment", segmentId).param("kind", kind)
                .query((row, index) -> Map.entry(row.getString("aggregate_id"), row.getString("aggregate_type"))).list()
                .forEach(subject -> {
                    if (subject.getValue().equals("contract")) {
                        contractSubjects.add(subject.getKey());
                    } else {
                        deadlines(subject.getKey(), subject.getValue(), today, entries);
                    }
                });
        contractEnds(contractSubjects, today, entries);
        entries.sort(ORDER);
        return entries;
    }

    /** The ends of the running contracts, from the register's index in one query (not their documents). */
    private void contractEnds(List<String> contractIds, LocalDate today, List<TimelineEntry> entries) {
        if (contractIds.isEmpty()) {
            return;
        }
        jdbc.sql("SELECT contract_id, title, ends_on FROM contract_index WHERE contract_id IN (:ids) AND terminated_on IS NULL")
                .param("ids", contractIds)
                .query((row, index) -> {
                    String id = row.getString("contract_id");
                    String title = row.getString("title");
                    future(entries, today, row.getObject("ends_on", LocalDate.class), id,
                            title == null ? "Contract " + id + " ends" : "Contract \"" + title + "\" ends");
                    return id;
                })
                .list();
    }

    /** The open deadlines of one tender, revision or contract. */
    private void deadlines(String aggregate, String type, LocalDate today, List<TimelineEntry> entries) {
        if (type.equals("tender")) {
            tenders.tender(aggregate, null).filter(tender -> tender.standstill != null
                            && (tender.state.equals("STANDSTILL") || tender.state.equals("CONTESTED")))
                    .ifPresent(tender -> future(entries, today, tender.standstill.endsOn(), aggregate,
                            "Standstill after the award decision of " + tender.standstill.decidedOn() + " ends"));
        } else if (type.equals("revision")) {
            revisions.revision(aggregate, null).ifPresent(revision -> deadlines(revision, aggregate, today, entries));
        }
    }

    private static void deadlines(RevisionView revision, String aggregate, LocalDate today, List<TimelineEntry> entries) {
        if ("TEXT_PRESENTED".equals(revision.state) && !revision.texts.isEmpty()) {
            var text = revision.texts.get(revision.texts.size() - 1);
            future(entries, today, text.responseDeadline(), aggregate, "Responses to text version " + text.version() + " due");
        }
        if (!"FINALISED".equals(revision.state) && !"WITHDRAWN".equals(revision.state)) {
            future(entries, today, revision.readyBy, aggregate, "Revision must be final (ready-by date)");
        }
    }

    private static void future(List<TimelineEntry> entries, LocalDate today, LocalDate date, String aggregate,
                               String summary) {
        if (date != null && !date.isBefore(today)) {
            entries.add(new TimelineEntry(date, null, "Deadline", aggregate, null, summary, null, null, true));
        }
    }
}
