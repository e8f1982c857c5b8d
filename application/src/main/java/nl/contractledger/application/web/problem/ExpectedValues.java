package nl.contractledger.application.web.problem;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Says in plain words what a value should have been, from the type the API reads it into, never naming that type:
 * the kinds of value the request records and the query and path parameters hold.
 */
final class ExpectedValues {

    private ExpectedValues() {
    }

    static String of(Class<?> type) {
        if (type == null) {
            return "a value of another kind";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == LocalDate.class) {
            return "a date such as 2027-01-01";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }
}
