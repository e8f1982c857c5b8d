package nl.contractledger.application.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.function.ToDoubleFunction;

/**
 * Gauges per read model and process, tagged {@code projection}, for alerts that reach an operator before the readers
 * notice: {@code ledger.projection.lag} (events recorded that it has not handled yet),
 * {@code ledger.projection.dead.letters}, and {@code ledger.projection.stalled} (seconds it has stood still behind the
 * head of the store once that is {@code ledger.read-models.stall-after} or longer; zero otherwise) and
 * {@code ledger.projection.missed.events} (how often one of its documents was found to have missed events of its
 * stream, since the read model was last cleared for a rebuild). Registered once
 * the processors exist. A scrape reads them all at once, so they share one observation of every read model while it
 * is at most {@link ProjectionWatch#RECENT} old, instead of querying the store for each.
 */
@Component
class ProjectionMetrics {

    private final ProjectionWatch watch;
    private final MeterRegistry registry;

    ProjectionMetrics(ProjectionWatch watch, MeterRegistry registry) {
        this.watch = watch;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        for (String name : watch.names()) {
            gauge("ledger.projection.lag", name, "events", "events recorded that it has not handled yet",
                    watched -> watched.lag());
            gauge("ledger.projection.dead.letters", name, "events", "its events waiting in the dead-letter queue",
                    watched -> watched.deadLetters());
            gauge("ledger.projection.stalled", name, "seconds", "how long it has stood still behind the head of the store",
                    watched -> watched.stalledFor(watch.now()).toMillis() / 1000.0);
            gauge("ledger.projection.missed.events", name, "documents",
                    "how often one of its documents was found to have missed events of its stream; a rebuild mends it",
                    watched -> watched.missedEvents());
        }
    }

    private void gauge(String metric, String name, String unit, String description,
                       ToDoubleFunction<ProjectionWatch.Watched> reading) {
        Gauge.builder(metric, () -> reading.applyAsDouble(watch.recent().of(name)))
                .description(description).baseUnit(unit).tag("projection", name).register(registry);
    }
}
