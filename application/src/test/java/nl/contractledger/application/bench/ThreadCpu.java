package nl.contractledger.application.bench;

import com.sun.management.OperatingSystemMXBean;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where the CPU of a phase went, by kind of thread: the benchmark's clients, Tomcat's request threads, the
 * event processors and the rest. Threads are grouped by name with their numbers left out
 * ({@code http-nio-#-exec-#}); the process's CPU beyond all Java threads is garbage collection, the JIT and
 * threads that ended during the phase. Client threads made by {@link #clientThreads()} count their CPU
 * when they end, and only then: reading a phase waits until its clients have ended, so the phase's
 * pools must be shut down by then.
 */
final class ThreadCpu {

    private static final String OUTSIDE = "GC, JIT and ended threads";
    private static final int SHOWN = 8;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean PROCESS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final String CLIENT = "bench-client-";
    private static final Map<String, Long> ENDED = new ConcurrentHashMap<>();
    private static final AtomicInteger CLIENTS_RUNNING = new AtomicInteger();

    private final Map<String, Long> startedAt;
    private final long processStartedAt;

    private ThreadCpu() {
        awaitClientsEnded();
        processStartedAt = PROCESS.getProcessCpuTime();
        startedAt = byGroup();
    }

    static ThreadCpu start() {
        return new ThreadCpu();
    }

    /** Threads named {@code bench-client-#} that add their CPU to their group when they end. */
    static ThreadFactory clientThreads() {
        AtomicInteger numbers = new AtomicInteger();
        return work -> {
            CLIENTS_RUNNING.incrementAndGet();
            return new Thread(() -> {
                try {
                    work.run();
                } finally {
                    ENDED.merge(group(Thread.currentThread().getName()), THREADS.getCurrentThreadCpuTime(), Long::sum);
                    CLIENTS_RUNNING.decrementAndGet();
                }
            }, CLIENT + numbers.incrementAndGet());
        };
    }

    private static void awaitClientsEnded() {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (CLIENTS_RUNNING.get() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(CLIENTS_RUNNING.get() + " benchmark clients are still running");
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the benchmark clients to end", e);
            }
        }
    }

    /**
     * Milliseconds of CPU per unit of work ({@code units} requests or commands) since {@link #start()}, the
     * groups that used most first, then the rest of the Java threads, then what lies outside them, then the total.
     */
    Map<String, Double> millisPer(long units) {
        awaitClientsEnded();
        Map<String, Long> now = byGroup();
        Map<String, Long> used = new HashMap<>();
        now.forEach((group, nanos) -> used.put(group, nanos - startedAt.getOrDefault(group, 0L)));
        long processUsed = PROCESS.getProcessCpuTime() - processStartedAt;
        long javaUsed = used.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Double> millis = new LinkedHashMap<>();
        long[] shown = {0};
        used.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(SHOWN)
                .forEach(group -> {
                    shown[0] += group.getValue();
                    millis.put(group.getKey(), perUnit(group.getValue(), units));
                });
        millis.put("other Java threads", perUnit(javaUsed - shown[0], units));
        millis.put(OUTSIDE, perUnit(processUsed - javaUsed, units));
        millis.put("total", perUnit(processUsed, units));
        return millis;
    }

    private static double perUnit(long nanos, long units) {
        return nanos / 1e6 / units;
    }

    private static Map<String, Long> byGroup() {
        Map<String, Long> groups = new HashMap<>(ENDED);
        for (ThreadInfo thread : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (thread == null || thread.getThreadName().startsWith(CLIENT)) {
                continue;
            }
            long nanos = THREADS.getThreadCpuTime(thread.getThreadId());
            if (nanos > 0) {
                groups.merge(group(thread.getThreadName()), nanos, Long::sum);
            }
        }
        return groups;
    }

    private static String group(String threadName) {
        return threadName.replaceAll("\\d+", "#");
    }
}
