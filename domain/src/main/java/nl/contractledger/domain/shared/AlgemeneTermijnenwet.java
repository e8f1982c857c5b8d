package nl.contractledger.domain.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Set;

/**
 * The days on which a legal term may not end under the Algemene termijnenwet: Saturdays, Sundays,
 * the public holidays of art. 3(1) — New Year's Day, Easter Monday, Ascension Day, Whit Monday,
 * Christmas Day, Boxing Day, the day the monarch's birthday is celebrated (King's Day from 2014, Queen's Day
 * before) and 5 May — Good Friday, which art. 3(2) equates with them, and the days a royal decree equates with
 * them under art. 3(3), which come from configuration. Easter is computed, not tabulated.
 */
public final class AlgemeneTermijnenwet implements TermCalendar {

    private final Set<LocalDate> equatedByDecree;

    public AlgemeneTermijnenwet(Set<LocalDate> equatedByDecree) {
        this.equatedByDecree = Set.copyOf(equatedByDecree);
    }

    public static AlgemeneTermijnenwet withoutDecrees() {
        return new AlgemeneTermijnenwet(Set.of());
    }

    @Override
    public boolean mayEndOn(LocalDate day) {
        return !isWeekend(day) && !isPublicHoliday(day) && !equatedByDecree.contains(day);
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** A holiday of art. 3(1), or Good Friday (art. 3(2)). */
    public static boolean isPublicHoliday(LocalDate day) {
        LocalDate easter = easterSunday(day.getYear());
        return day.equals(LocalDate.of(day.getYear(), Month.JANUARY, 1))
                || day.equals(easter.minusDays(2))
                || day.equals(easter.plusDays(1))
                || day.equals(easter.plusDays(39))
                || day.equals(easter.plusDays(50))
                || day.equals(monarchsBirthday(day.getYear()))
                || day.equals(LocalDate.of(day.getYear(), Month.MAY, 5))
                || day.equals(LocalDate.of(day.getYear(), Month.DECEMBER, 25))
                || day.equals(LocalDate.of(day.getYear(), Month.DECEMBER, 26));
    }

    /** The day the monarch's birthday is celebrated in the year: King's Day from 2014, Queen's Day until 2013. */
    public static LocalDate monarchsBirthday(int year) {
        return year >= 2014 ? kingsDay(year) : queensDay(year);
    }

    /**
     * Queen's Day until 2013: 30 April; when the 30th was a Sunday, 29 April from 1980 (Queen Beatrix) and 1 May before
     * (Queen Juliana).
     */
    static LocalDate queensDay(int year) {
        LocalDate thirtieth = LocalDate.of(year, Month.APRIL, 30);
        if (thirtieth.getDayOfWeek() != DayOfWeek.SUNDAY) {
            return thirtieth;
        }
        return year >= 1980 ? thirtieth.minusDays(1) : thirtieth.plusDays(1);
    }

    /** King's Day: 27 April, or 26 April when the 27th falls on a Sunday. */
    public static LocalDate kingsDay(int year) {
        LocalDate twentySeventh = LocalDate.of(year, Month.APRIL, 27);
        return twentySeventh.getDayOfWeek() == DayOfWeek.SUNDAY ? twentySeventh.minusDays(1) : twentySeventh;
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
