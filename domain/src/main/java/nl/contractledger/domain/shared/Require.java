package nl.contractledger.domain.shared;

import java.time.LocalDate;
import java.util.Map;

/** Small guards shared by every aggregate; each failure is a {@link RuleViolation} with a stable code. */
public final class Require {

    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw invalid(field, field + " is required");
        }
        return value;
    }

    public static String text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw invalid(field, field + " is required and must not be blank");
        }
        if (value.length() > maxLength) {
            throw invalid(field, field + " must be at most " + maxLength + " characters");
        }
        return value.strip();
    }

    public static void notBefore(LocalDate later, LocalDate earlier, String laterField, String earlierField) {
        if (later.isBefore(earlier)) {
            throw new RuleViolation(ErrorCode.DATE_ORDER_INVALID, laterField,
                    laterField + " " + later + " lies before " + earlierField + " " + earlier,
                    Map.of(laterField, later.toString(), earlierField, earlier.toString()));
        }
    }

    public static RuleViolation invalid(String field, String message) {
        return new RuleViolation(ErrorCode.VALIDATION_FAILED, field, message, Map.of());
    }
}
