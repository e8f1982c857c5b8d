package nl.contractledger.application.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code ledger.audit}: how the sealer follows the event log and when it signs checkpoints, and the
 * Ed25519 key it signs with (base64 DER: PKCS#8 private, X.509 public). Without a configured key the
 * embedded set-up generates one into {@code keyFile}; with {@code requireConfiguredKey} (the
 * {@code postgres} profile) it refuses to start.
 */
@ConfigurationProperties("ledger.audit")
public record AuditProperties(boolean sealerEnabled, Duration sealInterval, int sealBatchSize, Duration gapTimeout,
                              int checkpointEveryEvents, Duration checkpointEvery, String privateKey,
                              String publicKey, String keyFile, boolean requireConfiguredKey) {

    public AuditProperties {
        sealInterval = sealInterval == null ? Duration.ofMillis(500) : sealInterval;
        sealBatchSize = sealBatchSize <= 0 ? 1000 : sealBatchSize;
        gapTimeout = gapTimeout == null ? Duration.ofSeconds(60) : gapTimeout;
        checkpointEveryEvents = checkpointEveryEvents <= 0 ? 1000 : checkpointEveryEvents;
        checkpointEvery = checkpointEvery == null ? Duration.ofMinutes(10) : checkpointEvery;
        keyFile = keyFile == null || keyFile.isBlank() ? "./data/audit-signing-key.properties" : keyFile;
    }
}
