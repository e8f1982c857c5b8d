package nl.contractledger.domain.shared;

import java.util.Locale;

/**
 * Text the ledger records: any character but a control character other than tab, line feed and carriage return,
 * and no half of a surrogate pair. PostgreSQL's text cannot hold U+0000 (a read model writing it fails, and its
 * event is parked as a dead letter), and a lone surrogate cannot be written as UTF-8 (it would be stored as
 * {@code ?}): such text is refused with the command rather than lost or altered after it was accepted.
 */
public final class RecordableText {

    private RecordableText() {
    }

    /** The text, or a {@code VALIDATION_FAILED} naming the field and the first character it cannot record. */
    public static String require(String text, String field) {
        if (text == null) {
            return null;
        }
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (Character.isHighSurrogate(character) && index + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(index + 1))) {
                index++;
            } else if (Character.isSurrogate(character)) {
                throw refused(field, "half of a surrogate pair", character, index);
            } else if (Character.isISOControl(character) && character != '\t' && character != '\n' && character != '\r') {
                throw refused(field, "a control character", character, index);
            }
        }
        return text;
    }

    private static RuleViolation refused(String field, String what, char character, int index) {
        return Require.invalid(field, field + " must not contain " + what + ": "
                + String.format(Locale.ROOT, "U+%04X", (int) character) + " at position " + index);
    }
}
