package nl.contractledger.application.support;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** One Ed25519 key pair per test run, given to set-ups that require a configured signing key. */
public final class TestAuditKeys {

    private static final KeyPair KEYS = generate();

    private TestAuditKeys() {
    }

    public static String[] properties() {
        return new String[]{
                "ledger.audit.private-key=" + Base64.getEncoder().encodeToString(KEYS.getPrivate().getEncoded()),
                "ledger.audit.public-key=" + Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded())};
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
