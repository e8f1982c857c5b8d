package nl.contractledger.domain.shared;

import java.time.LocalDate;

/**
 * Which days a legal term may end on. A term whose last day is not such a day runs on to the next
 * one that is (Algemene termijnenwet art. 1).
 */
public interface TermCalendar {

    boolean mayEndOn(LocalDate day);

    /** The given day if a term may end on it, otherwise the first day after it that qualifies. */
    default LocalDate firstDayTermMayEndFrom(LocalDate day) {
        LocalDate candidate = day;
        while (!mayEndOn(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }
}
