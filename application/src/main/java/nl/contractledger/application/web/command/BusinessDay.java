package nl.contractledger.application.web.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The business day a command or read is about when the client leaves it out: today, in Europe/Amsterdam. */
public final class BusinessDay {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private BusinessDay() {
    }

    public static LocalDate today() {
        return LocalDate.now(AMSTERDAM);
    }

    /**
     * The day a read as of an instant is about: the day the instant falls on in Europe/Amsterdam, but never after
     * today (a later instant is read as now); today without one.
     */
    public static LocalDate asOf(Instant instant) {
        LocalDate today = today();
        if (instant == null) {
            return today;
        }
        LocalDate day = LocalDate.ofInstant(instant, AMSTERDAM);
        return day.isBefore(today) ? day : today;
    }

    public static LocalDate orToday(LocalDate day) {
        return day != null ? day : today();
    }
}
