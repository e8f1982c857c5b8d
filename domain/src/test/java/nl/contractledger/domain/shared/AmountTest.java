package nl.contractledger.domain.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AmountTest {

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"€ 2.41.354", "11,3", "-5", "-0.01", "1.234", "1e6", " 12", "12 ", "", "€12", "1.2.3",
            "12345678901234"})
    void givenAMalformedAmount_whenParsed_thenAmountMalformedNamingTheField(String text) {
        assertThatThrownBy(() -> Amount.parse(text, "amount"))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo(ErrorCode.AMOUNT_MALFORMED);
                    assertThat(violation.field()).isEqualTo("amount");
                });
    }

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource({"4805809.00, 4805809.00", "11.3, 11.30", "0, 0.00", "2413540, 2413540.00"})
    void givenADecimalString_whenParsed_thenTwoDecimalsAreKept(String text, String written) {
        assertThat(Amount.parse(text, "amount").toString()).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x"})
    void givenNoAmount_whenParsed_thenAmountMalformed(String ignored) {
        assertThatThrownBy(() -> Amount.parse(null, "minAmount"))
                .isInstanceOfSatisfying(RuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo(ErrorCode.AMOUNT_MALFORMED));
    }
}
