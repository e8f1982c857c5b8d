package nl.contractledger.application.web.query;

import nl.contractledger.application.web.problem.BadRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code asOf} of reads: an instant, or a day read as everything recorded by its end in Amsterdam. */
class AsOfTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2026-03-01, 2026-03-01T22:59:59.999999999Z, winter time: Amsterdam is an hour ahead of UTC",
            "2026-07-01, 2026-07-01T21:59:59.999999999Z, summer time: two hours ahead",
            "2026-03-29, 2026-03-29T21:59:59.999999999Z, the day the clocks go forward",
            "2199-12-31, 2199-12-31T22:59:59.999999999Z, the ledger's last day"
    })
    void givenADay_whenParsed_thenItIsTheLastInstantOfThatDayInAmsterdam(String day, Instant lastInstant, String because) {
        assertThat(AsOf.parse(day)).as(because).isEqualTo(lastInstant);
        assertThat(AsOf.lastOfDay(lastInstant)).contains(LocalDate.parse(day));
    }

    @Test
    void givenAnInstant_whenParsed_thenItIsThatInstantAndNoDaysEnd() {
        Instant instant = AsOf.parse("2026-03-01T12:00:00+01:00");

        assertThat(instant).isEqualTo(Instant.parse("2026-03-01T11:00:00Z"));
        assertThat(AsOf.lastOfDay(instant)).isEmpty();
        assertThat(AsOf.lastOfDay(Instant.parse("2026-03-01T23:00:00Z"))).as("the first instant of the next day").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "1899-12-31", "01-03-2026", "2026-3-1x", "last-year"})
    void givenNoDayOrInstantOfTheLedger_whenParsed_thenTheProblemNamesAsOf(String asOf) {
        assertThatThrownBy(() -> AsOf.parse(asOf)).isInstanceOfSatisfying(BadRequest.class,
                refused -> assertThat(refused.field()).isEqualTo("asOf"));
    }
}
