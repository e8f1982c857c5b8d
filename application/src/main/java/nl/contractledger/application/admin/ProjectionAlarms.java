package nl.contractledger.application.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Watches every read model (and process) on a timer, every {@code ledger.read-models.watch-every}, whether or not
 * anyone asks the health or the metrics: a stall is then counted from when it began, and the log says once when a
 * read model starts to need an administrator (dead letters, standing still behind the head of the store, documents
 * that missed events) and once when it goes on again, for an operator whose monitoring reads the log rather than the
 * health.
 */
@Component
class ProjectionAlarms {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionAlarms.class);

    private final ProjectionWatch watch;
    private final Raised raised = new Raised();

    ProjectionAlarms(ProjectionWatch watch) {
        this.watch = watch;
    }

    @Scheduled(initialDelayString = "${ledger.read-models.watch-every:10s}", fixedDelayString = "${ledger.read-models.watch-every:10s}")
    void watchReadModels() {
        try {
            for (ProjectionWatch.Watched watched : watch.watchAll().readModels()) {
                raised.change(watched).ifPresent(message -> {
                    if (watched.needsAdministrator()) {
                        LOG.warn(message);
                    } else {
                        LOG.info(message);
                    }
                });
            }
        } catch (DataAccessException unavailable) {
            // the database's own health says it is down; one line per attempt, not a stack trace every few seconds
            LOG.warn("Read models not watched this time: {}", unavailable.getMostSpecificCause().getMessage());
        }
    }

    /** The read models whose alarm is raised; what to say when one's state changes. */
    static final class Raised {

        private final Set<String> names = new HashSet<>();

        /** The message for the read model as now watched, if its alarm is raised or lowered by it. */
        Optional<String> change(ProjectionWatch.Watched watched) {
            if (watched.needsAdministrator() && names.add(watched.name())) {
                return Optional.of("Read model " + watched.name() + " needs an administrator: " + state(watched)
                        + "; its answers miss events until it is mended (GET /api/admin/projections)");
            }
            if (!watched.needsAdministrator() && names.remove(watched.name())) {
                return Optional.of("Read model " + watched.name() + " goes on again: " + state(watched));
            }
            return Optional.empty();
        }

        private static String state(ProjectionWatch.Watched watched) {
            return watched.deadLetters() + " dead letters, at position " + watched.position() + ", " + watched.lag()
                    + " events behind" + (watched.stalledSince() == null ? "" : ", standing still since " + watched.stalledSince())
                    + (watched.missedEvents() == 0 ? "" : ", documents that missed events of their streams seen "
                    + watched.missedEvents() + (watched.missedEvents() == 1 ? " time" : " times") + " (rebuild it)");
        }
    }
}
