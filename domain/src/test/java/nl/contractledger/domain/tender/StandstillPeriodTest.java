package nl.contractledger.domain.tender;

import nl.contractledger.domain.shared.AlgemeneTermijnenwet;
import nl.contractledger.domain.shared.ErrorCode;
import nl.contractledger.domain.shared.RuleViolation;
import nl.contractledger.domain.shared.TermCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Named cases of the standstill period; {@link StandstillPeriodProperties} checks it over many years. */
class StandstillPeriodTest {

    private static final TermCalendar LAW = AlgemeneTermijnenwet.withoutDecrees();

    @ParameterizedTest(name = "decided {0}: ends {1} ({2})")
    @CsvSource({
            "2026-06-11, 2026-07-01, Haaglanden 2027: day 20 is a Wednesday",
            "2026-04-07, 2026-04-28, day 20 is King's Day (Monday 27 April)",
            "2025-12-05, 2025-12-29, day 20 is Christmas; Boxing Day and the weekend follow",
            "2026-03-14, 2026-04-07, day 20 is Good Friday 3 April; then the weekend and Easter Monday",
            "2025-04-06, 2025-04-28, day 20 is Saturday 26 April 2025, King's Day because the 27th is a Sunday",
            "2026-04-15, 2026-05-06, day 20 is 5 May",
            "2026-04-24, 2026-05-15, day 20 is Ascension Day 14 May",
            "2026-05-05, 2026-05-26, day 20 is Whit Monday 25 May",
            "2026-12-12, 2027-01-04, day 20 is New Year's Day 2027, a Friday",
            "2026-06-13, 2026-07-03, day 20 is a Friday",
            "2013-04-10, 2013-05-01, day 20 is Queen's Day (Tuesday 30 April 2013), not 27 April",
            "2010-04-07, 2010-04-27, day 20 is Tuesday 27 April 2010, no holiday before King's Day of 2014",
            "1978-04-11, 1978-05-02, day 20 is Monday 1 May 1978, Queen's Day because the 30th was a Sunday"
    })
    void givenAnAwardDecision_whenTheStandstillIsComputed_thenItEndsOnTheFirstDayATermMayEnd(
            LocalDate decidedOn, LocalDate endsOn, String because) {
        assertThat(StandstillPeriod.after(decidedOn, 20, LAW).endsOn()).as(because).isEqualTo(endsOn);
    }

    @Test
    void givenTheFridayAfterAscensionEquatedByDecree_whenDayTwentyIsAscensionDay_thenTheStandstillRunsToMonday() {
        TermCalendar withDecree = new AlgemeneTermijnenwet(Set.of(LocalDate.of(2026, 5, 15)));

        assertThat(StandstillPeriod.after(LocalDate.of(2026, 4, 24), 20, withDecree).endsOn())
                .isEqualTo(LocalDate.of(2026, 5, 18));
    }

    @Test
    void givenARegionWithAThirtyDayStandstill_whenComputed_thenThirtyDaysCount() {
        assertThat(StandstillPeriod.after(LocalDate.of(2026, 6, 1), 30, LAW).endsOn())
                .isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void givenTheStandstillEndsOnFirstJuly_whenTheAwardIsOnFirstJuly_thenStandstillNotElapsedWithTheDates() {
        StandstillPeriod period = StandstillPeriod.after(LocalDate.of(2026, 6, 11), 20, LAW);

        assertThatThrownBy(() -> period.requireAwardAllowedOn(LocalDate.of(2026, 7, 1)))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo(ErrorCode.STANDSTILL_NOT_ELAPSED);
                    assertThat(violation.facts()).containsEntry("standstillEndsOn", "2026-07-01")
                            .containsEntry("earliestAwardOn", "2026-07-02")
                            .containsEntry("decidedOn", "2026-06-11");
                });
        assertThat(period.allowsAwardOn(LocalDate.of(2026, 7, 2))).isTrue();
    }

    @ParameterizedTest(name = "final by {0}: decided by {1} ({2})")
    @CsvSource({
            "2026-07-01, 2026-06-10, Haaglanden 2027: day 20 is Tuesday 30 June",
            "2026-06-29, 2026-06-06, day 20 of a decision on 7 or 8 June is a weekend day that runs to Monday 29 June",
            "2026-05-26, 2026-05-02, decisions on 3 to 5 May end on the weekend or Whit Monday 25 May and run to the 26th",
            "2026-04-28, 2026-04-04, decisions on 5 to 7 April end on the weekend or King's Day 27 April and run to the 28th"
    })
    void givenTheDayTheAwardMustBeFinal_whenTheLastDecisionDayIsComputed_thenItsStandstillEndsTheDayBeforeOrEarlier(
            LocalDate finalBy, LocalDate lastDecision, String because) {
        LocalDate computed = StandstillPeriod.lastDecisionDayForAwardBy(finalBy, 20, LAW);

        assertThat(computed).as(because).isEqualTo(lastDecision);
        assertThat(StandstillPeriod.after(computed, 20, LAW).earliestAwardOn()).isBeforeOrEqualTo(finalBy);
        assertThat(StandstillPeriod.after(computed.plusDays(1), 20, LAW).earliestAwardOn()).isAfter(finalBy);
    }

    @ParameterizedTest(name = "Easter {0} is on {1}")
    @CsvSource({"1961, 1961-04-02", "2000, 2000-04-23", "2008, 2008-03-23", "2011, 2011-04-24", "2019, 2019-04-21",
            "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2038, 2038-04-25"})
    void givenAYear_whenEasterIsComputed_thenItIsTheKnownDate(int year, LocalDate easter) {
        assertThat(AlgemeneTermijnenwet.easterSunday(year)).isEqualTo(easter);
    }
}
