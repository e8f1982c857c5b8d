package nl.contractledger.projections.timeline;

import nl.contractledger.domain.shared.TermCalendar;
import nl.contractledger.domain.tender.StandstillPeriod;
import nl.contractledger.projections.revision.RevisionQueries;
import nl.contractledger.projections.revision.RevisionView;
import nl.contractledger.projections.tender.TenderQueries;
import nl.contractledger.projections.tender.TenderView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A segment's timelines: the recorded entries, in order of business date and then recording time,
 * followed by the open deadlines still to come (a tender's last day for the award decision, standstill end
 * and ready-by date; a revision's response deadline and ready-by date; contract end) as future entries, and the
 * legal deadlines a procedure still open has missed (the last day for the award decision, a ready-by date) on
 * their days;
 * whole, or a page at a time after a {@link TimelineCursor}; or where it stands on a day ({@link Progress}).
 */
@Component
public class TimelineQueries {

    /** The states of a tender before an award decision, or after the court sent it back to be evaluated again. */
    private static final Set<String> DECISION_TO_COME = Set.of("PLANNED", "CONSULTING", "DOCUMENTS_APPROVED",
            "OPEN", "EVALUATING");

    /** The type of an open deadline still to come, and of one whose day passed with the act still to come. */
    public static final String OPEN = "Deadline";
    public static final String MISSED = "DeadlineMissed";

    private final JdbcClient jdbc;
    private final TenderQueries tenders;
    private final RevisionQueries revisions;
    private final TimelineRows rows;
    private final TermCalendar calendar;

    TimelineQueries(JdbcClient jdbc, TenderQueries tenders, RevisionQueries revisions, TimelineRows rows, TermCalendar calendar) {
        this.jdbc = jdbc;
        this.tenders = tenders;
        this.revisions = revisions;
        this.rows = rows;
        this.calendar = calendar;
    }

    /** Both timelines, or only {@code kind} ("tender" or "revision") when given. */
    public Timeline of(String segmentId, String kind, LocalDate today) {
        return new Timeline(segmentId,
                kind == null || kind.equals("tender") ? entries(segmentId, "tender", today, null, Integer.MAX_VALUE).entries() : null,
                kind == null || kind.equals("revision") ? entries(segmentId, "revision", today, null, Integer.MAX_VALUE).entries() : null);
    }

    /** At most {@code limit} entries of one timeline after the cursor (from its start when null), and the next cursor. */
    public Timeline page(String segmentId, String kind, LocalDate today, TimelineCursor after, int limit) {
        Page page = entries(segmentId, kind, today, after, limit);
        return kind.equals("tender") ? new Timeline(segmentId, page.entries(), null, page.next())
                : new Timeline(segmentId, null, page.entries(), page.next());
    }

    private record Placed(TimelineEntry entry, TimelineCursor cursor) {
    }

    private record Page(List<TimelineEntry> entries, String next) {
    }

    /**
     * The recorded entries after the cursor, read along the index in the timeline's order, merged with the
     * open deadlines after it; one more than asked is read to know whether a next page exists.
     */
    private Page entries(String segmentId, String kind, LocalDate today, TimelineCursor after, int limit) {
        List<Placed> placed = recorded(segmentId, kind, after, limit == Integer.MAX_VALUE ? limit : limit + 1);
        for (TimelineEntry deadline : deadlines(segmentId, kind, today)) {
            TimelineCursor cursor = TimelineCursor.ofDeadline(deadline);
            if (after == null || TimelineCursor.ORDER.compare(cursor, after) > 0) {
                placed.add(new Placed(deadline, cursor));
            }
        }
        placed.sort(Comparator.comparing(Placed::cursor, TimelineCursor.ORDER));
        if (placed.size() <= limit) {
            return new Page(placed.stream().map(Placed::entry).toList(), null);
        }
        List<Placed> shown = placed.subList(0, limit);
        return new Page(shown.stream().map(Placed::entry).toList(), shown.get(limit - 1).cursor().encode());
    }

    private List<Placed> recorded(String segmentId, String kind, TimelineCursor after, int limit) {
        String keyset = after == null ? "" : after.isDeadline()
                ? " AND entry_date > :date"
                : " AND entry_date >= :date AND (entry_date > :date OR recorded_at > :recordedAt"
                  + " OR (recorded_at = :recordedAt AND position > :position))";
        var statement = jdbc.sql("SELECT * FROM timeline_entry WHERE segment_id = :segment AND kind = :kind" + keyset
                        + " ORDER BY entry_date, recorded_at, position"
                        + (limit == Integer.MAX_VALUE ? "" : " FETCH FIRST " + limit + " ROWS ONLY"))
                .param("segment", segmentId).param("kind", kind);
        if (after != null) {
            statement = statement.param("date", after.date());
            if (!after.isDeadline()) {
                statement = statement.param("recordedAt", Timestamp.from(after.recordedAt())).param("position", after.position());
            }
        }
        return new ArrayList<>(statement.query((row, index) -> {
            TimelineEntry entry = entry(row);
            return new Placed(entry, TimelineCursor.ofEntry(entry, row.getLong("position")));
        }).list());
    }

    /**
     * Where the timeline stands on {@code today}: its latest step up to that day, its latest step against a plan,
     * its first open deadline from that day on, and the deadlines it missed; read backwards along the timeline's
     * index, not whole. Null when the timeline has none of them.
     */
    public Progress progress(String segmentId, String kind, LocalDate today) {
        List<TimelineEntry> deadlines = openDeadlines(segmentId, kind, today);
        TimelineEntry nextDeadline = deadlines.stream().filter(deadline -> deadline.type().equals(OPEN)).findFirst().orElse(null);
        List<TimelineEntry> missed = deadlines.stream().filter(deadline -> deadline.type().equals(MISSED)).toList();
        TimelineEntry lastStep = latest(segmentId, kind, today, "");
        if (lastStep == null && nextDeadline == null && missed.isEmpty()) {
            return null;
        }
        return new Progress(lastStep, latest(segmentId, kind, today, " AND planned_date IS NOT NULL"), nextDeadline,
                missed.isEmpty() ? null : missed);
    }

    /**
     * The timeline's deadlines on {@code today}, in its order: those missed by procedures still open, on their own
     * days ({@code DeadlineMissed}), and those still to come ({@code Deadline}).
     */
    public List<TimelineEntry> openDeadlines(String segmentId, String kind, LocalDate today) {
        return deadlines(segmentId, kind, today).stream()
                .sorted(Comparator.comparing(TimelineCursor::ofDeadline, TimelineCursor.ORDER)).toList();
    }

    private TimelineEntry latest(String segmentId, String kind, LocalDate today, String condition) {
        return jdbc.sql("SELECT * FROM timeline_entry WHERE segment_id = :segment AND kind = :kind AND entry_date <= :today"
                        + condition + " ORDER BY entry_date DESC, recorded_at DESC, position DESC FETCH FIRST 1 ROWS ONLY")
                .param("segment", segmentId).param("kind", kind).param("today", today)
                .query((row, index) -> entry(row)).optional().orElse(null);
    }

    private static TimelineEntry entry(ResultSet row) throws SQLException {
        return new TimelineEntry(row.getObject("entry_date", LocalDate.class), row.getTimestamp("recorded_at").toInstant(),
                row.getString("type"), row.getString("aggregate_id"), row.getString("actor"), row.getString("summary"),
                row.getObject("planned_date", LocalDate.class), (Long) row.getObject("deviation_days", Long.class), null);
    }

    /** The open deadlines of the timeline's tenders, revisions and running contracts, from today on. */
    private List<TimelineEntry> deadlines(String segmentId, String kind, LocalDate today) {
        List<TimelineEntry> deadlines = new ArrayList<>();
        jdbc.sql("""
                        SELECT aggregate_id, aggregate_type FROM timeline_subject
                        WHERE segment_id = :segment AND kind = :kind AND aggregate_type <> 'contract'""")
                .param("segment", segmentId).param("kind", kind)
                .query((row, index) -> Map.entry(row.getString("aggregate_id"), row.getString("aggregate_type"))).list()
                .forEach(subject -> deadlines(subject.getKey(), subject.getValue(), today, deadlines));
        contractEnds(segmentId, kind, today, deadlines);
        return deadlines;
    }

    /**
     * The ends of the running contracts, from the register's index in one query (not their documents); not of a
     * contract whose part for the segment ended or is to end (its own entry stands on that day).
     */
    private void contractEnds(String segmentId, String kind, LocalDate today, List<TimelineEntry> entries) {
        jdbc.sql("""
                        SELECT c.contract_id, c.title, c.ends_on FROM timeline_subject s
                        JOIN contract_index c ON c.contract_id = s.aggregate_id
                        WHERE s.segment_id = :segment AND s.kind = :kind AND s.aggregate_type = 'contract'
                          AND s.part_ends_on IS NULL AND c.terminated_on IS NULL AND c.ends_on >= :today""")
                .param("segment", segmentId).param("kind", kind).param("today", today)
                .query((row, index) -> {
                    String id = row.getString("contract_id");
                    String title = row.getString("title");
                    future(entries, today, row.getObject("ends_on", LocalDate.class), id,
                            "Contract " + id + (title == null ? "" : " \"" + title + "\"") + " ends");
                    return id;
                })
                .list();
    }

    /** The open deadlines of one tender, revision or contract. */
    private void deadlines(String aggregate, String type, LocalDate today, List<TimelineEntry> entries) {
        if (type.equals("tender")) {
            tenders.tender(aggregate, null).ifPresent(tender -> deadlines(tender, aggregate, today, entries));
        } else if (type.equals("revision")) {
            revisions.revision(aggregate, null).ifPresent(revision -> deadlines(revision, aggregate, today, entries));
        }
    }

    /**
     * A tender's standstill end while it runs; until the award, the day contracts must be ready by its plan, and,
     * until an award decision stands, the last day one can be sent on for its standstill to end before that.
     */
    private void deadlines(TenderView tender, String aggregate, LocalDate today, List<TimelineEntry> entries) {
        if (tender.standstill != null && (tender.state.equals("STANDSTILL") || tender.state.equals("CONTESTED"))) {
            future(entries, today, tender.standstill.endsOn(), aggregate,
                    "Standstill after the award decision of " + tender.standstill.decidedOn() + " ends");
        }
        if (tender.state.equals("AWARDED") || tender.state.equals("CANCELLED")) {
            return;
        }
        LocalDate readyBy = rows.planned("tender", aggregate, TenderFacts.CONTRACTS_READY_BY).orElse(null);
        if (readyBy == null) {
            return;
        }
        if (DECISION_TO_COME.contains(tender.state)) {
            due(entries, today, StandstillPeriod.lastDecisionDayForAwardBy(readyBy, tender.standstillDays, calendar), aggregate,
                    "Last day for the award decision: its standstill of " + tender.standstillDays
                            + " days must end before contracts must be ready on " + readyBy, "no award decision yet");
        }
        due(entries, today, readyBy, aggregate, "Award must be final: contracts must be ready (ready-by date)", "not awarded yet");
    }

    private static void deadlines(RevisionView revision, String aggregate, LocalDate today, List<TimelineEntry> entries) {
        if ("TEXT_PRESENTED".equals(revision.state) && !revision.texts.isEmpty()) {
            var text = revision.texts.get(revision.texts.size() - 1);
            future(entries, today, text.responseDeadline(), aggregate, "Responses to text version " + text.version() + " due");
        }
        if (!"FINALISED".equals(revision.state) && !"WITHDRAWN".equals(revision.state)) {
            due(entries, today, revision.readyBy, aggregate, "Revision must be final (ready-by date)", "not final yet");
        }
    }

    /**
     * A legal deadline of a procedure still open: to come from today on, or, once its day has passed with the act
     * still to come, a missed deadline on its own day ({@code DeadlineMissed}), until the act is recorded.
     */
    private static void due(List<TimelineEntry> entries, LocalDate today, LocalDate date, String aggregate, String summary,
                            String stillOpen) {
        if (date != null && date.isBefore(today)) {
            entries.add(new TimelineEntry(date, null, MISSED, aggregate, null, summary + " \u2014 missed: " + stillOpen,
                    null, null, true));
            return;
        }
        future(entries, today, date, aggregate, summary);
    }

    private static void future(List<TimelineEntry> entries, LocalDate today, LocalDate date, String aggregate,
                               String summary) {
        if (date != null && !date.isBefore(today)) {
            entries.add(new TimelineEntry(date, null, OPEN, aggregate, null, summary, null, null, true));
        }
    }
}
