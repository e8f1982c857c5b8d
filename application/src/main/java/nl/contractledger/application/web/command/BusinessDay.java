package nl.contractledger.application.web.command;

import nl.contractledger.domain.shared.BusinessDates;

import java.time.Instant;
import java.time.LocalDate;

/** The business day a command or read is about when the client leaves it out: today, in Europe/Amsterdam. */
public final class BusinessDay {

    private BusinessDay() {
    }

    /**
     * The day a read as of an instant is about: the day the instant falls on in Europe/Amsterdam, but never after
     * today (a later instant is read as now); today without one.
     */
    public static LocalDate asOf(Instant instant) {
        LocalDate today = BusinessDates.today();
        if (instant == null) {
            return today;
        }
        LocalDate day = LocalDate.ofInstant(instant, BusinessDates.ZONE);
        return day.isBefore(today) ? day : today;
    }

    public static LocalDate orToday(LocalDate day) {
        return day != null ? day : BusinessDates.today();
    }

    /** The business day a read's {@code on} asks about, checked to lie in the ledger's window of dates; today without it. */
    public static LocalDate on(LocalDate on) {
        return orToday(BusinessDates.require(on, "on"));
    }
}
