package nl.contractledger.application.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellTest {

    static Stream<Arguments> hostileCells() {
        return Stream.of(
                Arguments.of("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\""),
                Arguments.of("+1+1", "'+1+1"),
                Arguments.of("-2", "'-2"),
                Arguments.of("@SUM(A1)", "'@SUM(A1)"),
                Arguments.of("\tTAB", "'\tTAB"),
                Arguments.of("plain text", "plain text"),
                Arguments.of("a, b", "\"a, b\""),
                Arguments.of("two\nlines", "\"two\nlines\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileCells")
    void givenAHostileText_whenWrittenAsACell_thenASpreadsheetCannotRunIt(String text, String written) {
        assertThat(CsvCell.of(text)).isEqualTo(written);
    }

    @Test
    void givenANegativeNumber_whenWritten_thenTheNumberStaysANumber() {
        assertThat(CsvCell.of(-3L)).isEqualTo("-3");
    }

    @Test
    void givenNothing_whenWritten_thenTheCellIsEmpty() {
        assertThat(CsvCell.of(null)).isEmpty();
    }
}
