package nl.contractledger.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** A document the record refers to: its title and the SHA-256 of its content, in hex. */
public record DocumentRef(String title, String sha256) {

    private static final Pattern SHA_256 = Pattern.compile("^[0-9a-f]{64}$");

    public DocumentRef {
        title = Require.text(title, "document.title", 500);
        sha256 = sha256 == null ? null : sha256.toLowerCase(Locale.ROOT);
        if (sha256 == null || !SHA_256.matcher(sha256).matches()) {
            throw Require.invalid("document.sha256", "document.sha256 must be 64 hexadecimal characters");
        }
    }
}
