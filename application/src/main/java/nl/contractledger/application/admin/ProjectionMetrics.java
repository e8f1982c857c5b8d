package nl.contractledger.application.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import nl.contractledger.application.readmodel.ReadModels;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gauges per read model and process, tagged {@code projection}: {@code ledger.projection.lag} (events recorded that it
 * has not handled yet) and {@code ledger.projection.dead.letters}; an alert on either reaches an operator before the
 * readers notice. Registered once the processors exist.
 */
@Component
class ProjectionMetrics {

    private final ProjectionAdmin projections;
    private final ReadModels readModels;
    private final MeterRegistry registry;

    ProjectionMetrics(ProjectionAdmin projections, ReadModels readModels, MeterRegistry registry) {
        this.projections = projections;
        this.readModels = readModels;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        for (String name : projections.names()) {
            Gauge.builder("ledger.projection.lag", () -> Math.max(0, readModels.head() - readModels.position(name)))
                    .description("events recorded that the read model has not handled yet").baseUnit("events")
                    .tag("projection", name).register(registry);
            Gauge.builder("ledger.projection.dead.letters", () -> projections.deadLetters(name))
                    .description("events of the read model waiting in the dead-letter queue").baseUnit("events")
                    .tag("projection", name).register(registry);
        }
    }
}
