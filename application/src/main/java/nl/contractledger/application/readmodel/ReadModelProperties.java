package nl.contractledger.application.readmodel;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code ledger.read-models.*}: how long a read with {@code minPosition} waits ({@code wait-timeout}), and how long a
 * read model (or process) may stand still behind the head of the store before its health says it is stalled
 * ({@code stall-after}), and how often every read model is watched for that and for dead letters, whether or not
 * anyone asks ({@code watch-every}).
 */
@ConfigurationProperties("ledger.read-models")
public record ReadModelProperties(Duration waitTimeout, Duration stallAfter, Duration watchEvery) {

    public ReadModelProperties {
        waitTimeout = waitTimeout == null ? Duration.ofSeconds(5) : waitTimeout;
        stallAfter = stallAfter == null ? Duration.ofSeconds(60) : stallAfter;
        watchEvery = watchEvery == null ? Duration.ofSeconds(10) : watchEvery;
    }
}
