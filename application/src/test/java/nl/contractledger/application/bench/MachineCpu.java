package nl.contractledger.application.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * How many of the machine's cores were busy during a phase, from the kernel's counters ({@code /proc/stat}):
 * every process counts, the database server's and the benchmark's own load included, not only this JVM.
 * Where the counters cannot be read (not Linux) there is no figure.
 */
final class MachineCpu {

    private static final Path STAT = Path.of("/proc/stat");

    private final long[] startedAt;

    private MachineCpu(long[] startedAt) {
        this.startedAt = startedAt;
    }

    static MachineCpu start() {
        return new MachineCpu(ticks());
    }

    /** The cores busy since the start, on average: busy time over all cores' time, times the cores. */
    Optional<Double> coresBusy() {
        long[] now = ticks();
        if (startedAt == null || now == null) {
            return Optional.empty();
        }
        long busy = now[0] - startedAt[0];
        long all = now[1] - startedAt[1];
        return all <= 0 ? Optional.empty() : Optional.of(Runtime.getRuntime().availableProcessors() * (double) busy / all);
    }

    /** Busy and all ticks of the machine: {@code cpu user nice system idle iowait irq softirq steal ...}. */
    private static long[] ticks() {
        try {
            String first = Files.readAllLines(STAT).get(0);
            long[] fields = Arrays.stream(first.trim().split("\\s+")).skip(1).limit(8).mapToLong(Long::parseLong).toArray();
            long all = Arrays.stream(fields).sum();
            long idle = fields[3] + fields[4];
            return new long[]{all - idle, all};
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }
}
