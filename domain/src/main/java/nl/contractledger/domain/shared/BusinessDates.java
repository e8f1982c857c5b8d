package nl.contractledger.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * The calendar days the ledger records: days in Europe/Amsterdam ({@link #ZONE}), from 1900-01-01 to 2199-12-31. A date
 * outside them is a mistyped year ({@code +99999-01-01} parses as a date), and the deadline arithmetic of standstill
 * periods, lead times and contract terms could run beyond what a date can hold.
 */
public final class BusinessDates {

    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2199, 12, 31);
    /** Where the ledger's days begin and end: a Dutch region's calendar, whatever the server's zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private BusinessDates() {
    }

    /** Today in the ledger's calendar. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /**
     * The business day a read as of an instant is about: the day the instant falls on in Europe/Amsterdam, but never
     * after today (a later instant is read as now); today without one.
     */
    public static LocalDate dayOf(Instant asOf) {
        LocalDate today = today();
        if (asOf == null) {
            return today;
        }
        LocalDate day = LocalDate.ofInstant(asOf, ZONE);
        return day.isBefore(today) ? day : today;
    }

    /** The date, or a {@code VALIDATION_FAILED} naming the field when it lies outside the window; null passes. */
    public static LocalDate require(LocalDate date, String field) {
        if (date != null && (date.isBefore(FIRST) || date.isAfter(LAST))) {
            throw new RuleViolation(ErrorCode.VALIDATION_FAILED, field,
                    field + " must lie between " + FIRST + " and " + LAST + ", was " + date,
                    Map.of(field, date.toString()));
        }
        return date;
    }
}
