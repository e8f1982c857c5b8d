package nl.contractledger.application.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * The p99 of a read, after a warm-up, over 1,000 samples: the tenth-slowest. Over 200, the p99 was the
 * second-slowest sample, and one pause of the shared machine or of the garbage collector decided it.
 */
final class Latency {

    private static final int WARM_UP = 50;
    private static final int SAMPLES = 1_000;

    private Latency() {
    }

    /** Calls the read (which answers its HTTP status) and answers the p99 in milliseconds; every answer must be 200. */
    static double p99(IntSupplier read) {
        return p99Of(() -> {
            int status = read.getAsInt();
            if (status != 200) {
                throw new IllegalStateException("a read measured answered " + status);
            }
        });
    }

    /**
     * As {@link #p99(IntSupplier)} over fewer samples, for a read too slow for 1,000: over 100, the p99 is the
     * second-slowest.
     */
    static double p99(IntSupplier read, int warmUp, int samples) {
        return p99Of(() -> {
            int status = read.getAsInt();
            if (status != 200) {
                throw new IllegalStateException("a read measured answered " + status);
            }
        }, warmUp, samples);
    }

    /** Runs the read and answers its p99 in milliseconds. */
    static double p99Of(Runnable read) {
        return p99Of(read, WARM_UP, SAMPLES);
    }

    private static double p99Of(Runnable read, int warmUp, int count) {
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < warmUp + count; i++) {
            long started = System.nanoTime();
            read.run();
            double millis = (System.nanoTime() - started) / 1e6;
            if (i >= warmUp) {
                samples.add(millis);
            }
        }
        List<Double> sorted = samples.stream().sorted().toList();
        return sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
    }
}
