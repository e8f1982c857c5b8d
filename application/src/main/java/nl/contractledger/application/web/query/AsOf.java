package nl.contractledger.application.web.query;

import nl.contractledger.application.web.problem.BadRequest;
import nl.contractledger.domain.shared.BusinessDates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The {@code asOf} parameter of reads: an ISO-8601 instant, in UTC ({@code ...Z}) or with an offset, or a calendar day
 * ({@code 2026-03-01}), which asks for what had been recorded by the end of that day in Europe/Amsterdam, from 1900 up
 * to 2200, the days the ledger records ({@link BusinessDates}; it compares instants in nanoseconds, which reach from
 * 1677 to 2262).
 */
public final class AsOf {

    private static final Instant EARLIEST = BusinessDates.FIRST.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant LATEST = BusinessDates.LAST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    /** {@code YYYY-MM-DD}: a day, not an instant. */
    private static final int DAY_LENGTH = 10;

    private AsOf() {
    }

    public static Instant parse(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            String value = asOf.strip();
            instant = value.length() == DAY_LENGTH ? endOf(LocalDate.parse(value)) : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException malformed) {
            throw new BadRequest("asOf", "asOf must be an ISO-8601 instant such as 2025-12-01T00:00:00Z, or a day such as 2025-12-01");
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new BadRequest("asOf", "asOf must lie between " + EARLIEST + " and " + LATEST);
        }
        return instant;
    }

    /** The day whose last instant this is, as a day's {@code asOf} asks for; empty for any other instant. */
    public static Optional<LocalDate> lastOfDay(Instant instant) {
        LocalDate day = LocalDate.ofInstant(instant, BusinessDates.ZONE);
        return endOf(day).equals(instant) ? Optional.of(day) : Optional.empty();
    }

    /** The last instant of the day in the ledger's calendar: a read as of it holds every event recorded that day. */
    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(BusinessDates.ZONE).toInstant().minusNanos(1);
    }
}
