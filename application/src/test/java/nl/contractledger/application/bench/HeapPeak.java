package nl.contractledger.application.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** The highest heap in use, sampled every 50 ms while it runs (the sum of each pool's own peak would overstate it). */
final class HeapPeak implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peak;

    HeapPeak() {
        sampler = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-peak");
        sampler.setDaemon(true);
        sampler.start();
    }

    long megabytes() {
        return peak >> 20;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
