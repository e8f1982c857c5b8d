package nl.contractledger.application.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** {@code hash(n) = SHA-256(hash(n-1) ‖ canonical bytes of event n)}, starting from 32 zero bytes; hex-encoded. */
public final class HashChain {

    public static final String GENESIS = "0".repeat(64);
    private static final HexFormat HEX = HexFormat.of();

    private HashChain() {
    }

    public static String next(String previousHash, StoredEvent event) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(HEX.parseHex(previousHash));
            sha256.update(CanonicalForm.of(event));
            return HEX.formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
