package nl.contractledger.application.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.contractledger.application.readmodel.ReadModelProperties;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionMetricsTest {

    private static final Map<String, Long> POSITIONS = Map.of("contracts", 90L, "timelines", 100L);

    private Instant now = Instant.parse("2026-12-06T10:00:00Z");
    private long head = 100;
    private int observations;

    private final ProjectionWatch watch = new ProjectionWatch(null, null, new ReadModelProperties(null, null, null), null) {
        @Override
        List<String> names() {
            return List.copyOf(POSITIONS.keySet());
        }

        @Override
        long head() {
            observations++;
            return head;
        }

        @Override
        Instant now() {
            return now;
        }

        @Override
        Map<String, Long> missedByKind() {
            return Map.of();
        }

        @Override
        Watched watch(String name, long head, Map<String, Long> missedByKind) {
            long position = POSITIONS.get(name);
            return new Watched(name, position, head - position, name.equals("contracts") ? 2 : 0, null,
                    name.equals("contracts") ? 3 : 0);
        }
    };

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void givenAScrapeOfEveryGauge_whenItReadsThemAll_thenTheStoreIsObservedOnceAndAgainOnlyOnceThatIsNoLongerRecent() {
        new ProjectionMetrics(watch, registry).register();

        assertThat(gauge("ledger.projection.lag", "contracts")).isEqualTo(10.0);
        assertThat(gauge("ledger.projection.lag", "timelines")).isZero();
        assertThat(gauge("ledger.projection.dead.letters", "contracts")).isEqualTo(2.0);
        assertThat(gauge("ledger.projection.dead.letters", "timelines")).isZero();
        assertThat(gauge("ledger.projection.stalled", "contracts")).isZero();
        assertThat(gauge("ledger.projection.missed.events", "contracts")).isEqualTo(3.0);
        assertThat(gauge("ledger.projection.missed.events", "timelines")).isZero();
        assertThat(observations).as("nine gauges, one observation").isEqualTo(1);

        head = 130;
        now = now.plus(ProjectionWatch.RECENT);
        assertThat(gauge("ledger.projection.lag", "contracts")).as("still recent").isEqualTo(10.0);
        now = now.plus(Duration.ofMillis(1));
        assertThat(gauge("ledger.projection.lag", "contracts")).as("observed again").isEqualTo(40.0);
        assertThat(gauge("ledger.projection.lag", "timelines")).isEqualTo(30.0);
        assertThat(observations).isEqualTo(2);
    }

    @Test
    void givenTheTimerJustWatched_whenTheGaugesAreRead_thenTheyTellItsObservation() {
        new ProjectionMetrics(watch, registry).register();
        watch.watchAll();
        head = 150;

        assertThat(gauge("ledger.projection.lag", "contracts")).isEqualTo(10.0);
        assertThat(observations).isEqualTo(1);
    }

    private double gauge(String metric, String readModel) {
        Gauge gauge = registry.find(metric).tag("projection", readModel).gauge();
        assertThat(gauge).as(metric + " " + readModel).isNotNull();
        return gauge.value();
    }
}
