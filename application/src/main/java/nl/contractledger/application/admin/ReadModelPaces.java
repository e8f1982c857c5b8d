package nl.contractledger.application.admin;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each read model's pace (events per second) from the positions it was observed at. A pace is taken over at least
 * {@link #SPAN}: asked more often (a list refused while rebuilt, polled by its clients; the status page), it answers
 * the last pace taken instead of one over a few milliseconds, in which the position often has not moved.
 */
final class ReadModelPaces {

    static final Duration SPAN = Duration.ofSeconds(1);

    private record Sample(long atNanos, long position, Double eventsPerSecond) {
    }

    private final Map<String, Sample> samples = new ConcurrentHashMap<>();

    /** The read model's pace at this position, observed now ({@code nanos}); null before a span has passed. */
    Double at(String readModel, long position, long nanos) {
        return samples.compute(readModel, (name, last) -> {
            if (last == null) {
                return new Sample(nanos, position, null);
            }
            long elapsed = nanos - last.atNanos();
            if (elapsed < SPAN.toNanos()) {
                return last;
            }
            return new Sample(nanos, position, Math.max(0, position - last.position()) / (elapsed / 1e9));
        }).eventsPerSecond();
    }
}
