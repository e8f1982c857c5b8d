package nl.contractledger.domain.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A command broke a rule of the domain. Carries the stable {@link ErrorCode}, the rule in words,
 * the field concerned (if any) and the facts involved (dates, amounts), so that the answer names
 * exactly what was wrong.
 */
public class RuleViolation extends RuntimeException {

    private final ErrorCode code;
    private final String field;
    private final Map<String, Object> facts;

    public RuleViolation(ErrorCode code, String message) {
        this(code, null, message, Map.of());
    }

    public RuleViolation(ErrorCode code, String field, String message, Map<String, ?> facts) {
        super(message, null, false, false);
        this.code = code;
        this.field = field;
        this.facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    public ErrorCode code() {
        return code;
    }

    public String field() {
        return field;
    }

    public Map<String, Object> facts() {
        return facts;
    }
}
