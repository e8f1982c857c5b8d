package nl.contractledger.domain.provider;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.contractledger.domain.shared.Require;

import java.util.regex.Pattern;

/** A Chamber of Commerce (KvK) number: exactly eight digits, leading zeros kept. */
public record KvkNumber(@JsonValue String value) {

    private static final Pattern EIGHT_DIGITS = Pattern.compile("^\\d{8}$");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public KvkNumber {
        if (value == null || !EIGHT_DIGITS.matcher(value).matches()) {
            throw Require.invalid("kvkNumber", "kvkNumber must be exactly eight digits");
        }
    }

    public static KvkNumber of(String value) {
        return new KvkNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
