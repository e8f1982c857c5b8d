package nl.contractledger.domain.shared;

import java.util.regex.Pattern;

/** The id format chosen by clients: a lowercase slug such as {@code haaglanden} or {@code hgl-2027-s1}. */
public final class Slug {

    public static final String PATTERN = "^[a-z0-9][a-z0-9-]{1,62}$";
    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private Slug() {
    }

    public static boolean isValid(String value) {
        return value != null && COMPILED.matcher(value).matches();
    }

    public static String require(String value, String field) {
        if (!isValid(value)) {
            throw Require.invalid(field, field + " must be a lowercase slug matching " + PATTERN);
        }
        return value;
    }
}
