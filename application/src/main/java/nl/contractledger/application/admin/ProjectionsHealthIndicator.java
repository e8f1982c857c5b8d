package nl.contractledger.application.admin;

import nl.contractledger.application.readmodel.ReadModelProperties;
import nl.contractledger.application.readmodel.ReadModels;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code projections} part of {@code /actuator/health}: {@code DEGRADED} while a read model has dead letters or
 * stands still behind the head of the store for {@code ledger.read-models.stall-after} (a failure of the database
 * that does not pass, a processor no node runs); its answers then miss events, and only an administrator can mend
 * that. The details give each read model's (and process's) position, lag and dead letters, and since when it stands
 * still. Positions come from the shared token store, so every node tells the same.
 */
@Component
class ProjectionsHealthIndicator implements HealthIndicator {

    /** Served with {@code 200} (application.yml): the node serves; its read models need someone. */
    static final Status DEGRADED = new Status("DEGRADED");

    private final ProjectionAdmin projections;
    private final ReadModels readModels;
    private final Stalls stalls;
    private final Clock clock = Clock.systemUTC();

    ProjectionsHealthIndicator(ProjectionAdmin projections, ReadModels readModels, ReadModelProperties properties) {
        this.projections = projections;
        this.readModels = readModels;
        this.stalls = new Stalls(properties.stallAfter());
    }

    @Override
    public Health health() {
        long head = readModels.head();
        Instant now = clock.instant();
        Health.Builder health = Health.up().withDetail("head", head);
        boolean degraded = false;
        for (String name : projections.names()) {
            long position = readModels.position(name);
            long deadLetters = projections.deadLetters(name);
            Optional<Instant> stalledSince = stalls.stalledSince(name, position, head, now);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("position", position);
            detail.put("lag", Math.max(0, head - position));
            detail.put("deadLetters", deadLetters);
            stalledSince.ifPresent(since -> detail.put("stalledSince", since.toString()));
            health.withDetail(name, detail);
            degraded |= deadLetters > 0 || stalledSince.isPresent();
        }
        return (degraded ? health.status(DEGRADED) : health).build();
    }
}
