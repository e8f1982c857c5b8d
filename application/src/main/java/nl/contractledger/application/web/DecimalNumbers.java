package nl.contractledger.application.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Whole numbers in paths and query parameters are read as written in decimal digits. Spring would
 * otherwise fall back to {@code NumberUtils.parseNumber}, which reads {@code 0x7E9} and {@code #7E9}
 * as 2025: a hexadecimal year is not a year a client meant.
 */
@ControllerAdvice
class DecimalNumbers {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,19}");

    @InitBinder
    void decimalOnly(WebDataBinder binder) {
        binder.registerCustomEditor(int.class, new Decimal(Integer::valueOf, false));
        binder.registerCustomEditor(Integer.class, new Decimal(Integer::valueOf, true));
        binder.registerCustomEditor(long.class, new Decimal(Long::valueOf, false));
        binder.registerCustomEditor(Long.class, new Decimal(Long::valueOf, true));
    }

    private static final class Decimal extends PropertyEditorSupport {
        private final Function<String, Number> parse;
        private final boolean emptyIsNull;

        private Decimal(Function<String, Number> parse, boolean emptyIsNull) {
            this.parse = parse;
            this.emptyIsNull = emptyIsNull;
        }

        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                if (!emptyIsNull) {
                    throw new IllegalArgumentException("a number is required");
                }
                setValue(null);
                return;
            }
            if (!DECIMAL.matcher(text).matches()) {
                throw new IllegalArgumentException("'" + text + "' is not a whole number in decimal digits");
            }
            setValue(parse.apply(text));
        }
    }
}
