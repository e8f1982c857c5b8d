package nl.contractledger.application.web.command;

import nl.contractledger.domain.shared.BusinessDates;

import java.time.LocalDate;

/** The business day a command or read is about when the client leaves it out: today, in Europe/Amsterdam. */
public final class BusinessDay {

    private BusinessDay() {
    }

    public static LocalDate orToday(LocalDate day) {
        return day != null ? day : BusinessDates.today();
    }

    /** The business day a read's {@code on} asks about, checked to lie in the ledger's window of dates; today without it. */
    public static LocalDate on(LocalDate on) {
        return orToday(BusinessDates.require(on, "on"));
    }
}
