package nl.contractledger.application.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import nl.contractledger.application.command.CommitFlush;

import java.util.LinkedHashMap;
import java.util.Map;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;

/**
 * What H2's checkpoints before each answer ({@link CommitFlush}) cost a phase of HTTP commands: how many
 * were taken per request, how long one took, and which share of the clients' time went to waiting for
 * them. On PostgreSQL none are taken and all three are zero.
 */
final class Checkpoints {

    private final Timer checkpoints;
    private final Timer waits;
    private final long checkpointsBefore;
    private final double checkpointMillisBefore;
    private final double waitSecondsBefore;

    private Checkpoints(MeterRegistry meters) {
        checkpoints = meters.timer(CommitFlush.CHECKPOINTS);
        waits = meters.timer(CommitFlush.WAITS);
        checkpointsBefore = checkpoints.count();
        checkpointMillisBefore = checkpoints.totalTime(MILLISECONDS);
        waitSecondsBefore = waits.totalTime(SECONDS);
    }

    static Checkpoints start(MeterRegistry meters) {
        return new Checkpoints(meters);
    }

    /** The phase's figures, for {@code requests} requests from {@code clients} clients over {@code seconds}. */
    Map<String, Double> figures(long requests, int clients, double seconds) {
        long taken = checkpoints.count() - checkpointsBefore;
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("h2CheckpointsPerRestRequest", (double) taken / requests);
        figures.put("h2CheckpointMeanMs", taken == 0 ? 0 : (checkpoints.totalTime(MILLISECONDS) - checkpointMillisBefore) / taken);
        figures.put("h2CheckpointWaitShareOfRestClients", (waits.totalTime(SECONDS) - waitSecondsBefore) / (clients * seconds));
        return figures;
    }
}
