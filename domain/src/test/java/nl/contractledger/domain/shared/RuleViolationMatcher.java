package nl.contractledger.domain.shared;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/**
 * Matches a {@link RuleViolation} by its stable code, and where asked by what its message says, for
 * {@code expectException(...)} in fixtures.
 */
public final class RuleViolationMatcher extends TypeSafeMatcher<RuleViolation> {

    private final ErrorCode code;
    private final String saying;

    private RuleViolationMatcher(ErrorCode code, String saying) {
        this.code = code;
        this.saying = saying;
    }

    public static Matcher<RuleViolation> violation(ErrorCode code) {
        return new RuleViolationMatcher(code, "");
    }

    /** A violation with the code whose message contains {@code saying}. */
    public static Matcher<RuleViolation> violationSaying(ErrorCode code, String saying) {
        return new RuleViolationMatcher(code, saying);
    }

    @Override
    protected boolean matchesSafely(RuleViolation item) {
        return item.code() == code && item.getMessage() != null && item.getMessage().contains(saying);
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a rule violation with code " + code + (saying.isEmpty() ? "" : " saying \"" + saying + "\""));
    }
}
