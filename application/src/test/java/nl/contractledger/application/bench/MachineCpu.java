package nl.contractledger.application.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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

    /**
     * The cores busy since the start, on average: busy time over all cores' time, times the cores the
     * counters cover (their {@code cpuN} lines, which can be more than this JVM may use).
     */
    Optional<Double> coresBusy() {
        long[] now = ticks();
        if (startedAt == null || now == null) {
            return Optional.empty();
        }
        long busy = now[0] - startedAt[0];
        long all = now[1] - startedAt[1];
        return all <= 0 ? Optional.empty() : Optional.of(now[2] * (double) busy / all);
    }

    /** The cores the counters cover, or this JVM's processors where they cannot be read. */
    static int cores() {
        long[] now = ticks();
        return now == null ? Runtime.getRuntime().availableProcessors() : (int) now[2];
    }

    /** Busy and all ticks of the machine ({@code cpu user nice system idle iowait irq softirq steal ...}) and its cores. */
    private static long[] ticks() {
        try {
            List<String> lines = Files.readAllLines(STAT);
            long[] fields = Arrays.stream(lines.get(0).trim().split("\\s+")).skip(1).limit(8).mapToLong(Long::parseLong).toArray();
            long all = Arrays.stream(fields).sum();
            long idle = fields[3] + fields[4];
            long cores = lines.stream().filter(line -> line.matches("cpu\\d+ .*")).count();
            return new long[]{all - idle, all, cores};
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }
}
