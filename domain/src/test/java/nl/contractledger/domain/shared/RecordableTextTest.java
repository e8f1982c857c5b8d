package nl.contractledger.domain.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordableTextTest {

    static Stream<Arguments> unrecordable() {
        return Stream.of(
                Arguments.of("A\0B", "a control character: U+0000 at position 1"),
                Arguments.of("\u001B[31m", "a control character: U+001B at position 0"),
                Arguments.of("bell\u0007", "a control character: U+0007 at position 4"),
                Arguments.of("del\u007F", "a control character: U+007F at position 3"),
                Arguments.of("c1\u0085", "a control character: U+0085 at position 2"),
                Arguments.of("half\uD800", "half of a surrogate pair: U+D800 at position 4"),
                Arguments.of("\uDC00half", "half of a surrogate pair: U+DC00 at position 0"),
                Arguments.of("pair\uDC00\uD800", "half of a surrogate pair: U+DC00 at position 4"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("unrecordable")
    void givenTextTheLedgerCannotRecord_whenRequired_thenValidationFailedNamingTheCharacterAndWhereItIs(String text,
                                                                                                       String what) {
        assertThatThrownBy(() -> RecordableText.require(text, "summary"))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(violation.field()).isEqualTo("summary");
                    assertThat(violation.getMessage()).isEqualTo("summary must not contain " + what);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jeugdhof Haaglanden", "line one\nline two\r\n\tindented", "Zorg \uD83D\uDE00 emoji",
            "\u202Eright-to-left override", "€ 2.41.354", ""})
    void givenTextTheLedgerCanRecord_whenRequired_thenItIsReturnedUnchanged(String text) {
        assertThat(RecordableText.require(text, "summary")).isSameAs(text);
    }
}
