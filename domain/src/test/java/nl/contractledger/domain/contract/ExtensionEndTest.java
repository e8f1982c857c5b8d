package nl.contractledger.domain.contract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Where an extension option of some months takes a contract's last day. */
class ExtensionEndTest {

    @ParameterizedTest(name = "ending {0}, {1} months more: ends {2} ({3})")
    @CsvSource({
            "2025-12-31, 24, 2027-12-31, Zuid-Holland Zuid: two years from the end of 2025",
            "2026-06-30, 6, 2026-12-31, a half year from the end of June runs to the end of December",
            "2026-09-30, 3, 2026-12-31, a quarter from the end of September",
            "2026-04-30, 1, 2026-05-31, a month from the end of April",
            "2027-02-28, 12, 2028-02-29, a year from the end of February runs to the end of February in a leap year",
            "2028-02-29, 12, 2029-02-28, and from a leap day to the end of February",
            "2026-06-14, 1, 2026-07-14, a term ending mid-month ends on the same day a month later",
            "2026-01-30, 1, 2026-02-28, a day the later month lacks is its last"
    })
    void givenATermsLastDay_whenExtendedBySomeMonths_thenItEndsOnTheMatchingDay(LocalDate endsOn, int months,
                                                                                LocalDate extendedTo, String because) {
        assertThat(Extension.endAfter(endsOn, months)).as(because).isEqualTo(extendedTo);
    }
}
