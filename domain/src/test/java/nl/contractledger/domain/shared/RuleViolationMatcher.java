package nl.contractledger.domain.shared;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a {@link RuleViolation} by its stable code, for {@code expectException(...)} in fixtures. */
public final class RuleViolationMatcher extends TypeSafeMatcher<RuleViolation> {

    private final ErrorCode code;

    private RuleViolationMatcher(ErrorCode code) {
        this.code = code;
    }

    public static Matcher<RuleViolation> violation(ErrorCode code) {
        return new RuleViolationMatcher(code);
    }

    @Override
    protected boolean matchesSafely(RuleViolation item) {
        return item.code() == code;
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a rule violation with code " + code);
    }
}
