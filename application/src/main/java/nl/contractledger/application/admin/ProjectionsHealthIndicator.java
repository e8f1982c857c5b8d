package nl.contractledger.application.admin;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code projections} part of {@code /actuator/health}: {@code DEGRADED} while a read model has dead letters,
 * stands still behind the head of the store for {@code ledger.read-models.stall-after} (a failure of the database
 * that does not pass, a processor no node runs), or has documents found to have missed events of their streams
 * ({@code missedEvents}, until it is rebuilt); its answers then miss events, and only an administrator can mend
 * that. The details give each read model's (and process's) position, lag and dead letters, and since when it stands
 * still ({@link ProjectionWatch}).
 */
@Component
class ProjectionsHealthIndicator implements HealthIndicator {

    /** Served with {@code 200} (application.yml): the node serves; its read models need someone. */
    static final Status DEGRADED = new Status("DEGRADED");

    private final ProjectionWatch watch;

    ProjectionsHealthIndicator(ProjectionWatch watch) {
        this.watch = watch;
    }

    @Override
    public Health health() {
        ProjectionWatch.Observation observation = watch.watchAll();
        Health.Builder health = Health.up().withDetail("head", observation.head());
        boolean degraded = false;
        for (ProjectionWatch.Watched watched : observation.readModels()) {
            String name = watched.name();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("position", watched.position());
            detail.put("lag", watched.lag());
            detail.put("deadLetters", watched.deadLetters());
            if (watched.stalledSince() != null) {
                detail.put("stalledSince", watched.stalledSince().toString());
            }
            if (watched.missedEvents() > 0) {
                detail.put("missedEvents", watched.missedEvents());
            }
            health.withDetail(name, detail);
            degraded |= watched.needsAdministrator();
        }
        return (degraded ? health.status(DEGRADED) : health).build();
    }
}
