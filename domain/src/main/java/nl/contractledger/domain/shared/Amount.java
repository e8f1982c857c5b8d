package nl.contractledger.domain.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An amount of euros, never negative, with at most two decimals, written as a decimal string
 * ({@code "4805809.00"}). Anything else — {@code "€ 2.41.354"}, {@code "11,3"}, {@code "-5"} — is
 * refused with {@code AMOUNT_MALFORMED}.
 */
public record Amount(BigDecimal value) implements Comparable<Amount> {

    /** The form of an amount as clients write it: up to 13 digits, and up to two decimals after a point. */
    public static final String FORM = "^\\d{1,13}(\\.\\d{1,2})?$";

    private static final Pattern DECIMAL = Pattern.compile(FORM);
    private static final String MUST_BE =
            " must be a non-negative decimal string with at most two decimals, such as \"4805809.00\"; was ";

    public Amount {
        if (value == null || value.signum() < 0 || value.scale() > 2) {
            throw malformed(String.valueOf(value), "amount");
        }
        value = value.setScale(2);
    }

    /** Parses a client's decimal string; {@code field} names it in the refusal. */
    public static Amount parse(String text, String field) {
        if (text == null || !DECIMAL.matcher(text).matches()) {
            throw malformed(text, field);
        }
        return new Amount(new BigDecimal(text));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Amount fromJson(String text) {
        return parse(text, "amount");
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toPlainString();
    }

    @Override
    public int compareTo(Amount other) {
        return value.compareTo(other.value);
    }

    /**
     * An amount that came as another kind of JSON value than a string ({@code number}, {@code boolean},
     * {@code object}, {@code array}): malformed too, a number since it may already have lost a cent on its way.
     */
    public static RuleViolation notText(String field, String kind) {
        return new RuleViolation(ErrorCode.AMOUNT_MALFORMED, field, field + MUST_BE + "a JSON " + kind, Map.of());
    }

    private static RuleViolation malformed(String text, String field) {
        return new RuleViolation(ErrorCode.AMOUNT_MALFORMED, field,
                field + MUST_BE + (text == null ? "missing" : "\"" + text + "\""),
                text == null ? Map.of() : Map.of("value", text));
    }
}
