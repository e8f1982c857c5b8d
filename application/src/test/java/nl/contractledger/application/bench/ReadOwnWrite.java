package nl.contractledger.application.bench;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A client that records a KPI result and reads the contract back at once with {@code minPosition}, as
 * procurement does after a command: how long the read waits for the contract register to handle the
 * write. 20 pairs not counted, then 200; the median and the p99 (the second-slowest) of the reads alone.
 */
final class ReadOwnWrite {

    private static final int WARM_UP = 20;
    private static final int SAMPLES = 200;

    private ReadOwnWrite() {
    }

    static Map<String, Double> measure(ApiClient.Call procurement, String contract) {
        List<Double> reads = new ArrayList<>();
        for (int i = 0; i < WARM_UP + SAMPLES; i++) {
            Response written = procurement.post("/api/contracts/" + contract + "/kpis/kpi/results",
                    "{\"period\": \"read-own-write-%d\", \"value\": \"15\"}".formatted(i));
            if (written.status() != 200) {
                throw new IllegalStateException("a write measured answered " + written.status() + ": " + written.body());
            }
            long started = System.nanoTime();
            Response read = procurement.get("/api/contracts/" + contract + "?minPosition=" + written.position());
            double millis = (System.nanoTime() - started) / 1e6;
            if (read.status() != 200 || !read.body().contains("read-own-write-" + i + "\"")) {
                throw new IllegalStateException("the read after a write answered " + read.status() + " without it");
            }
            if (i >= WARM_UP) {
                reads.add(millis);
            }
        }
        List<Double> sorted = reads.stream().sorted().toList();
        return Map.of("readOwnWriteMedianMs", sorted.get(sorted.size() / 2),
                "readOwnWriteP99Ms", sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1));
    }
}
