package nl.contractledger.domain.tender;

import nl.contractledger.domain.shared.ErrorCode;
import nl.contractledger.domain.shared.RuleViolation;
import nl.contractledger.domain.shared.TermCalendar;

import java.time.LocalDate;
import java.util.Map;

/**
 * The Alcatel period: the days after an award decision in which the award may not be made final.
 * It counts {@code days} calendar days from the day after the decision; when the last day is a day
 * on which a term may not end, it runs to the next day on which it may.
 */
public record StandstillPeriod(LocalDate decidedOn, int days, LocalDate endsOn) {

    public static StandstillPeriod after(LocalDate decidedOn, int days, TermCalendar calendar) {
        return new StandstillPeriod(decidedOn, days, calendar.firstDayTermMayEndFrom(decidedOn.plusDays(days)));
    }

    /**
     * The last day an award decision can be sent on for the award to be made final on {@code finalBy} at the
     * latest: the day its period ends before {@code finalBy}, with any roll-over.
     */
    public static LocalDate lastDecisionDayForAwardBy(LocalDate finalBy, int days, TermCalendar calendar) {
        LocalDate decidedOn = finalBy.minusDays(days + 1L);
        while (!after(decidedOn, days, calendar).endsOn().isBefore(finalBy)) {
            decidedOn = decidedOn.minusDays(1);
        }
        return decidedOn;
    }

    /** The award may be made final from the day after the period ends. */
    public LocalDate earliestAwardOn() {
        return endsOn.plusDays(1);
    }

    public boolean allowsAwardOn(LocalDate awardedOn) {
        return awardedOn.isAfter(endsOn);
    }

    /** Refuses an award on or before the last day of the period, naming the dates involved. */
    public void requireAwardAllowedOn(LocalDate awardedOn) {
        if (!allowsAwardOn(awardedOn)) {
            throw new RuleViolation(ErrorCode.STANDSTILL_NOT_ELAPSED, "awardedOn", "the standstill after the award "
                    + "decision of " + decidedOn + " ends on " + endsOn + "; the award can be made final from "
                    + earliestAwardOn(), Map.of("awardedOn", awardedOn.toString(), "decidedOn", decidedOn.toString(),
                    "standstillEndsOn", endsOn.toString(), "earliestAwardOn", earliestAwardOn().toString()));
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(decidedOn) && !day.isAfter(endsOn);
    }
}
