package nl.contractledger.application.audit;

import java.time.Instant;

/**
 * A signed statement that the chain had the given hash at the given position. The signature is
 * Ed25519 over {@link #signedText()}; an auditor keeps copies outside the system.
 */
public record Checkpoint(long position, String hash, Instant recordedAt, String signature, String keyId) {

    public String signedText() {
        return signedText(position, hash, recordedAt, keyId);
    }

    static String signedText(long position, String hash, Instant recordedAt, String keyId) {
        return "contract-ledger/checkpoint/1|" + position + "|" + hash + "|" + recordedAt + "|" + keyId;
    }
}
