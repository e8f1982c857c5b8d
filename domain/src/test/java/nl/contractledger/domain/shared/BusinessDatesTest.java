package nl.contractledger.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessDatesTest {

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"1899-12-31", "2200-01-01", "+99999-01-01", "+999999999-12-31", "-999999999-01-01"})
    void givenADateOutsideTheWindow_whenRequired_thenValidationFailedNamingTheFieldAndTheDate(String date) {
        assertThatThrownBy(() -> BusinessDates.require(LocalDate.parse(date), "effectiveOn"))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(violation.field()).isEqualTo("effectiveOn");
                    assertThat(violation.getMessage())
                            .isEqualTo("effectiveOn must lie between 1900-01-01 and 2199-12-31, was " + date);
                });
    }

    @Test
    void givenAReadAsOfAnInstant_whenItsDayIsAsked_thenItIsTheInstantsDayInAmsterdamNeverAfterToday() {
        assertThat(BusinessDates.dayOf(Instant.parse("2026-03-01T23:30:00Z"))).as("already 2 March in Amsterdam")
                .isEqualTo("2026-03-02");
        assertThat(BusinessDates.dayOf(Instant.parse("2026-07-01T21:59:59Z"))).as("summer time").isEqualTo("2026-07-01");
        LocalDate before = BusinessDates.today();
        LocalDate later = BusinessDates.dayOf(Instant.parse("2199-12-31T12:00:00Z"));
        LocalDate none = BusinessDates.dayOf(null);
        LocalDate after = BusinessDates.today();
        assertThat(later).as("a later instant is read as now").isBetween(before, after);
        assertThat(none).isBetween(before, after);
    }

    @ParameterizedTest(name = "{0} is kept")
    @ValueSource(strings = {"1900-01-01", "2027-01-01", "2199-12-31"})
    void givenADateInsideTheWindow_whenRequired_thenItIsReturned(String date) {
        assertThat(BusinessDates.require(LocalDate.parse(date), "effectiveOn")).isEqualTo(date);
    }
}
