package nl.contractledger.application.web.command;

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

    public static LocalDate orToday(LocalDate day) {
        return day != null ? day : today();
    }
}
