package nl.contractledger.domain.tender;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import nl.contractledger.domain.shared.AlgemeneTermijnenwet;
import nl.contractledger.domain.shared.TermCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The standstill period over two centuries of decision dates. */
class StandstillPeriodProperties {

    private static final TermCalendar LAW = AlgemeneTermijnenwet.withoutDecrees();

    @Provide
    Arbitrary<LocalDate> decisionDays() {
        return Arbitraries.longs().between(LocalDate.of(1950, 1, 1).toEpochDay(), LocalDate.of(2150, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property(tries = 5000)
    void endsNoEarlierThanTheLastCountedDay(@ForAll("decisionDays") LocalDate decidedOn,
                                           @ForAll @IntRange(min = 20, max = 60) int days) {
        assertThat(StandstillPeriod.after(decidedOn, days, LAW).endsOn()).isAfterOrEqualTo(decidedOn.plusDays(days));
    }

    @Property(tries = 5000)
    void endsOnAWeekdayThatIsNoHoliday(@ForAll("decisionDays") LocalDate decidedOn) {
        LocalDate endsOn = StandstillPeriod.after(decidedOn, 20, LAW).endsOn();

        assertThat(endsOn.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(AlgemeneTermijnenwet.isPublicHoliday(endsOn)).isFalse();
    }

    @Property(tries = 5000)
    void extendsOnlyOverDaysOnWhichATermMayNotEnd(@ForAll("decisionDays") LocalDate decidedOn) {
        LocalDate endsOn = StandstillPeriod.after(decidedOn, 20, LAW).endsOn();

        for (LocalDate day = decidedOn.plusDays(20); day.isBefore(endsOn); day = day.plusDays(1)) {
            assertThat(LAW.mayEndOn(day)).as(day.toString()).isFalse();
        }
    }

    @Property(tries = 5000)
    void theLastDecisionDayForAnAwardIsTheLastWhoseStandstillEndsBeforeIt(@ForAll("decisionDays") LocalDate finalBy,
                                                                         @ForAll @IntRange(min = 20, max = 60) int days) {
        LocalDate last = StandstillPeriod.lastDecisionDayForAwardBy(finalBy, days, LAW);

        assertThat(StandstillPeriod.after(last, days, LAW).endsOn()).isBefore(finalBy);
        assertThat(StandstillPeriod.after(last.plusDays(1), days, LAW).endsOn()).isAfterOrEqualTo(finalBy);
    }

    @Property(tries = 5000)
    void neverExtendsByMoreThanFiveDays(@ForAll("decisionDays") LocalDate decidedOn) {
        // the longest run of days on which a term may not end: Christmas, Boxing Day and a weekend,
        // or Good Friday to Easter Monday
        assertThat(StandstillPeriod.after(decidedOn, 20, LAW).endsOn()).isBeforeOrEqualTo(decidedOn.plusDays(25));
    }

    @Property(tries = 500)
    void easterIsASundayBetweenTheTwentySecondOfMarchAndTheTwentyFifthOfApril(
            @ForAll @IntRange(min = 1583, max = 4099) int year) {
        LocalDate easter = AlgemeneTermijnenwet.easterSunday(year);

        assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(easter).isBetween(LocalDate.of(year, Month.MARCH, 22), LocalDate.of(year, Month.APRIL, 25));
    }

    @Property(tries = 500)
    void theMonarchsBirthdayIsNeverCelebratedOnASunday(@ForAll @IntRange(min = 1900, max = 2199) int year) {
        LocalDate birthday = AlgemeneTermijnenwet.monarchsBirthday(year);

        assertThat(birthday.getDayOfWeek()).isNotEqualTo(DayOfWeek.SUNDAY);
        assertThat(birthday).as("King's Day from 2014, Queen's Day before").isIn(year >= 2014
                ? List.of(LocalDate.of(year, Month.APRIL, 26), LocalDate.of(year, Month.APRIL, 27))
                : List.of(LocalDate.of(year, Month.APRIL, 29), LocalDate.of(year, Month.APRIL, 30), LocalDate.of(year, Month.MAY, 1)));
        assertThat(AlgemeneTermijnenwet.isPublicHoliday(birthday)).isTrue();
    }
}
