package nl.contractledger.projections.timeline;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Comparator;
import java.util.Optional;

/**
 * A place in a timeline, after which its next page starts. A timeline is in a total order: business
 * date, then recorded entries by recording time and global position, then the open deadlines of that
 * date by aggregate and summary. The cursor travels as an opaque URL-safe text.
 */
public record TimelineCursor(LocalDate date, Instant recordedAt, long position, String aggregateId, String summary) {

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("+10000-01-01T00:00:00Z");

    static final Comparator<TimelineCursor> ORDER = Comparator.comparing(TimelineCursor::date)
            .thenComparing(TimelineCursor::recordedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(TimelineCursor::position)
            .thenComparing(TimelineCursor::aggregateId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(TimelineCursor::summary, Comparator.nullsFirst(Comparator.naturalOrder()));

    static TimelineCursor ofEntry(TimelineEntry entry, long position) {
        return new TimelineCursor(entry.date(), entry.recordedAt(), position, null, null);
    }

    static TimelineCursor ofDeadline(TimelineEntry deadline) {
        return new TimelineCursor(deadline.date(), null, 0, deadline.aggregateId(), deadline.summary());
    }

    /** Whether its date and time lie within the years a database column holds (a made-up cursor may not). */
    private boolean storable() {
        return date.getYear() >= 1 && date.getYear() <= 9999
                && (recordedAt == null || (!recordedAt.isBefore(EARLIEST) && recordedAt.isBefore(LATEST)));
    }

    boolean isDeadline() {
        return recordedAt == null;
    }

    public String encode() {
        String text = isDeadline()
                ? String.join("|", "d", date.toString(), aggregateId, summary)
                : String.join("|", "e", date.toString(), recordedAt.toString(), Long.toString(position));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a page gave as {@code next}; empty when the text is not one. */
    public static Optional<TimelineCursor> decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|", 4);
            if (parts.length != 4) {
                return Optional.empty();
            }
            LocalDate date = LocalDate.parse(parts[1]);
            Optional<TimelineCursor> cursor = switch (parts[0]) {
                case "e" -> Optional.of(new TimelineCursor(date, Instant.parse(parts[2]), Long.parseLong(parts[3]), null, null));
                case "d" -> Optional.of(new TimelineCursor(date, null, 0, parts[2], parts[3]));
                default -> Optional.empty();
            };
            return cursor.filter(TimelineCursor::storable);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
