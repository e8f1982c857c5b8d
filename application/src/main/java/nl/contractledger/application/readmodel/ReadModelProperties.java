package nl.contractledger.application.readmodel;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/** {@code ledger.read-models.wait-timeout}: how long a read with {@code minPosition} waits. */
@ConfigurationProperties("ledger.read-models")
public record ReadModelProperties(Duration waitTimeout) {

    public ReadModelProperties {
        waitTimeout = waitTimeout == null ? Duration.ofSeconds(5) : waitTimeout;
    }
}
