package nl.contractledger.projections.timeline;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

    /** The type of an open deadline still to come, and of one whose day passed with the act still to come. */
    public static final String OPEN = "Deadline";
    public static final String MISSED = "DeadlineMissed";

    private final JdbcClient jdbc;
    private final OpenDeadlines deadlines;

    TimelineQueries(JdbcClient jdbc, OpenDeadlines deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    /**
     * Both timelines, or only {@code kind} ("tender" or "revision") when given, as they stood at the instant
     * {@code asOf} (now when null): the entries recorded by then, and the deadlines open on {@code today} by the
     * state recorded by then.
     */
    public Timeline of(String segmentId, String kind, LocalDate today, Instant asOf) {
        return new Timeline(segmentId,
                kind == null || kind.equals("tender") ? entries(segmentId, "tender", today, asOf, null, Integer.MAX_VALUE).entries() : null,
                kind == null || kind.equals("revision") ? entries(segmentId, "revision", today, asOf, null, Integer.MAX_VALUE).entries() : null);
    }

    /**
     * At most {@code limit} entries of one timeline after the cursor (from its start when null), and the next cursor;
     * as it stood at the instant {@code asOf} (now when null).
     */
    public Timeline page(String segmentId, String kind, LocalDate today, Instant asOf, TimelineCursor after, int limit) {
        Page page = entries(segmentId, kind, today, asOf, after, limit);
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
    private Page entries(String segmentId, String kind, LocalDate today, Instant asOf, TimelineCursor after, int limit) {
        List<Placed> placed = recorded(segmentId, kind, asOf, after, limit == Integer.MAX_VALUE ? limit : limit + 1);
        for (TimelineEntry deadline : deadlines.of(segmentId, kind, today, asOf)) {
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

    private List<Placed> recorded(String segmentId, String kind, Instant asOf, TimelineCursor after, int limit) {
        String keyset = after == null ? "" : after.isDeadline()
                ? " AND entry_date > :date"
                : " AND entry_date >= :date AND (entry_date > :date OR recorded_at > :recordedAt"
                  + " OR (recorded_at = :recordedAt AND position > :position))";
        var statement = jdbc.sql("SELECT * FROM timeline_entry WHERE segment_id = :segment AND kind = :kind" + keyset
                        + asRecorded(asOf)
                        + " ORDER BY entry_date, recorded_at, position"
                        + (limit == Integer.MAX_VALUE ? "" : " FETCH FIRST " + limit + " ROWS ONLY"))
                .param("segment", segmentId).param("kind", kind);
        if (asOf != null) {
            statement = statement.param("asOf", Timestamp.from(asOf));
        }
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
     * index, not whole. As it stood at the instant {@code asOf} (now when null): the entries recorded by then, the
     * deadlines by the state recorded by then. Null when the timeline has none of them.
     */
    public Progress progress(String segmentId, String kind, LocalDate today, Instant asOf) {
        List<TimelineEntry> deadlines = openDeadlines(segmentId, kind, today, asOf);
        TimelineEntry nextDeadline = deadlines.stream().filter(deadline -> deadline.type().equals(OPEN)).findFirst().orElse(null);
        List<TimelineEntry> missed = deadlines.stream().filter(deadline -> deadline.type().equals(MISSED)).toList();
        TimelineEntry lastStep = latest(segmentId, kind, today, asOf, false);
        if (lastStep == null && nextDeadline == null && missed.isEmpty()) {
            return null;
        }
        return new Progress(lastStep, latest(segmentId, kind, today, asOf, true), nextDeadline,
                missed.isEmpty() ? null : missed);
    }

    /**
     * The timeline's deadlines on {@code today}, in its order: those missed by procedures still open, on their own
     * days ({@code DeadlineMissed}), and those still to come ({@code Deadline}); as they stood at the instant
     * {@code asOf} (now when null).
     */
    public List<TimelineEntry> openDeadlines(String segmentId, String kind, LocalDate today, Instant asOf) {
        return deadlines.of(segmentId, kind, today, asOf).stream()
                .sorted(Comparator.comparing(TimelineCursor::ofDeadline, TimelineCursor.ORDER)).toList();
    }

    /**
     * The latest step dated up to {@code today} (and recorded by {@code asOf}): of the entries with a plan if asked,
     * otherwise of those that are no part of a contract's running administration ({@link ContractFacts#ADMINISTRATION}).
     */
    private TimelineEntry latest(String segmentId, String kind, LocalDate today, Instant asOf, boolean planned) {
        var statement = jdbc.sql("SELECT * FROM timeline_entry WHERE segment_id = :segment AND kind = :kind AND entry_date <= :today"
                        + (planned ? " AND planned_date IS NOT NULL" : " AND type NOT IN (:administration)")
                        + asRecorded(asOf)
                        + " ORDER BY entry_date DESC, recorded_at DESC, position DESC FETCH FIRST 1 ROWS ONLY")
                .param("segment", segmentId).param("kind", kind).param("today", today);
        if (!planned) {
            statement = statement.param("administration", ContractFacts.ADMINISTRATION);
        }
        if (asOf != null) {
            statement = statement.param("asOf", Timestamp.from(asOf));
        }
        return statement.query((row, index) -> entry(row)).optional().orElse(null);
    }

    /**
     * The entries standing at the instant {@code asOf} (now when null): recorded by then, and not withdrawn by then (the
     * start of a contract terminated before its first day).
     */
    private static String asRecorded(Instant asOf) {
        return asOf == null ? " AND withdrawn_at IS NULL"
                : " AND recorded_at <= :asOf AND (withdrawn_at IS NULL OR withdrawn_at > :asOf)";
    }

    private static TimelineEntry entry(ResultSet row) throws SQLException {
        return new TimelineEntry(row.getObject("entry_date", LocalDate.class), row.getTimestamp("recorded_at").toInstant(),
                row.getString("type"), row.getString("aggregate_id"), row.getString("actor"), row.getString("summary"),
                row.getObject("planned_date", LocalDate.class), (Long) row.getObject("deviation_days", Long.class), null);
    }
}
