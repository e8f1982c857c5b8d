package nl.contractledger.application.web.segment;

import nl.contractledger.application.web.segment.RegionDeadlinesController.Deadline;
import nl.contractledger.application.web.segment.RegionDeadlinesController.RegionDeadlines;
import nl.contractledger.application.web.segment.RegionDeadlinesController.SegmentOf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A region's deadlines as an iCalendar feed (RFC 5545) that a calendar can subscribe to: each deadline an all-day
 * event on its day, with reminders before one still to come ({@link Reminders}: by default a week and a day before). An event's UID stays the same as long
 * as its deadline does, so a subscribed calendar updates rather than duplicates; a deadline that is missed becomes
 * another event (its type and summary change). Lines end in CRLF and are folded at 75 octets.
 */
final class DeadlineCalendar {

    static final String MEDIA_TYPE = "text/calendar";

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0A-\\x1F\\x7F]");

    private DeadlineCalendar() {
    }

    static String of(RegionDeadlines deadlines, Reminders reminders, Instant now) {
        StringBuilder calendar = new StringBuilder();
        line(calendar, "BEGIN:VCALENDAR");
        line(calendar, "VERSION:2.0");
        line(calendar, "PRODID:-//Contract Ledger//Deadlines//EN");
        line(calendar, "CALSCALE:GREGORIAN");
        line(calendar, "METHOD:PUBLISH");
        line(calendar, "X-WR-CALNAME:" + text("Deadlines " + deadlines.name()));
        String stamp = STAMP.format(now.truncatedTo(ChronoUnit.SECONDS));
        for (Deadline deadline : deadlines.deadlines()) {
            event(calendar, deadline, reminders, stamp);
        }
        line(calendar, "END:VCALENDAR");
        return calendar.toString();
    }

    private static void event(StringBuilder calendar, Deadline deadline, Reminders reminders, String stamp) {
        String title = deadline.summary() + " (" + deadline.aggregateId() + ")";
        line(calendar, "BEGIN:VEVENT");
        line(calendar, "UID:" + uid(deadline));
        line(calendar, "DTSTAMP:" + stamp);
        line(calendar, "DTSTART;VALUE=DATE:" + DAY.format(deadline.date()));
        line(calendar, "DTEND;VALUE=DATE:" + DAY.format(deadline.date().plusDays(1)));
        line(calendar, "SUMMARY:" + text(title));
        line(calendar, "DESCRIPTION:" + text(description(deadline)));
        line(calendar, "CATEGORIES:" + text(deadline.type()));
        line(calendar, "TRANSP:TRANSPARENT");
        if (!deadline.missed()) {
            reminders.triggers().forEach(before -> reminder(calendar, before, title));
        }
        line(calendar, "END:VEVENT");
    }

    private static void reminder(StringBuilder calendar, String before, String title) {
        line(calendar, "BEGIN:VALARM");
        line(calendar, "ACTION:DISPLAY");
        line(calendar, "DESCRIPTION:" + text(title));
        line(calendar, "TRIGGER:" + before);
        line(calendar, "END:VALARM");
    }

    private static String description(Deadline deadline) {
        String segments = deadline.segments().stream().map(DeadlineCalendar::segment).collect(Collectors.joining("; "));
        String left = deadline.missed() ? "Missed " + -deadline.daysLeft() + " day(s) ago" : deadline.daysLeft() + " day(s) left";
        return deadline.summary() + "\n" + left + "\nTimelines: " + String.join(", ", deadline.timelines())
                + "\nSegments: " + segments;
    }

    private static String segment(SegmentOf segment) {
        return segment.number() + " " + segment.name() + " (" + segment.segmentId() + ")";
    }

    /** The same for the same deadline: its day, type, subject and summary. */
    private static String uid(Deadline deadline) {
        String key = String.join("\n", deadline.date().toString(), deadline.type(), deadline.aggregateId(), deadline.summary());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16) + "@contract-ledger";
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java platform has SHA-256", missing);
        }
    }

    /**
     * A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545, 3.3.11), and any other control
     * character, which a TEXT value may not hold but recorded free text may, shown as U+FFFD.
     */
    static String text(String value) {
        String escaped = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
        return CONTROL.matcher(escaped).replaceAll("\uFFFD");
    }

    /** A content line ended by CRLF, folded so that no line is longer than 75 octets (RFC 5545, 3.1). */
    static void line(StringBuilder calendar, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int index = 0; index < content.length(); ) {
            int codePoint = content.codePointAt(index);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (octets + size > limit) {
                calendar.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1;
            }
            calendar.appendCodePoint(codePoint);
            octets += size;
            index += Character.charCount(codePoint);
        }
        calendar.append("\r\n");
    }

    /** The file name the feed is offered as. */
    static String fileName(String regionId) {
        return regionId + "-deadlines.ics";
    }
}
