package nl.contractledger.application.config;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class H2WriteDelayTest {

    @Test
    void givenANegativeWriteDelay_whenTheApplicationStarts_thenItStopsNamingTheSetting() {
        assertThatThrownBy(() -> new H2WriteDelay(null, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ledger.h2.write-delay must not be negative");
    }
}
