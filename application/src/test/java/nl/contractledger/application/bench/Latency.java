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

    /** Runs the read and answers its p99 in milliseconds. */
    static double p99Of(Runnable read) {
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < WARM_UP + SAMPLES; i++) {
            long started = System.nanoTime();
            read.run();
            double millis = (System.nanoTime() - started) / 1e6;
            if (i >= WARM_UP) {
                samples.add(millis);
            }
        }
        List<Double> sorted = samples.stream().sorted().toList();
        return sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
    }
}
