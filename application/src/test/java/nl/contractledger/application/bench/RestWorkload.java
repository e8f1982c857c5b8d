package nl.contractledger.application.bench;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The commands of {@link Workload}'s open-house contracts sent through HTTP, as clients send them: each
 * contract published, four providers admitted, six years of tariffs, a KPI, eight results, an extension by
 * option — 21 requests, over keep-alive connections, authenticated.
 */
final class RestWorkload {

    private static final String DOCUMENT = "{\"title\": \"Bench\", \"sha256\": \"" + "ab".repeat(32) + "\"}";

    private final Supplier<ApiClient.Call> procurement;
    private final AtomicLong requests = new AtomicLong();

    RestWorkload(Supplier<ApiClient.Call> procurement) {
        this.procurement = procurement;
    }

    long requests() {
        return requests.get();
    }

    /** Sends {@code contracts} contracts' requests with {@code clients} threads into the region (with segment {@code region}-s1). */
    void send(String region, int contracts, int clients) throws Exception {
        expect(procurement.get().post("/api/regions", "{\"id\": \"%s\", \"name\": \"R\", \"municipalities\": [\"Delft\"]}"
                .formatted(region)), 201);
        expect(procurement.get().post("/api/regions/" + region + "/segments", "{\"id\": \"%s-s1\", \"number\": 1, \"name\": \"S\", "
                .formatted(region) + "\"procurementForm\": \"OPEN_HOUSE\", \"fundingForm\": \"EFFORT_BASED\"}"), 201);
        ExecutorService pool = Executors.newFixedThreadPool(clients, ThreadCpu.clientThreads());
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            running.add(pool.submit(() -> {
                for (int job = next.getAndIncrement(); job < contracts; job = next.getAndIncrement()) {
                    contract(region, region + "-c" + job);
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        pool.shutdown();
    }

    /**
     * Reads the contracts {@link #send} wrote, {@code reads} times in all, from {@code clients} threads over
     * the same connections and authentication, and answers the reads per second: what a request through
     * HTTP costs when the command behind it costs next to nothing. The caller waits for the read models first.
     */
    double readsPerSecond(String region, int contracts, int clients, int reads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients, ThreadCpu.clientThreads());
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        long started = System.nanoTime();
        for (int client = 0; client < clients; client++) {
            running.add(pool.submit(() -> {
                for (int read = next.getAndIncrement(); read < reads; read = next.getAndIncrement()) {
                    Response contract = procurement.get().get("/api/contracts/" + region + "-c" + read % contracts);
                    if (contract.status() != 200) {
                        throw new IllegalStateException("expected 200: " + contract);
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        pool.shutdown();
        return reads / ((System.nanoTime() - started) / 1e9);
    }

    private void contract(String region, String id) {
        expect(procurement.get().post("/api/contracts", """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s-s1"], "kind": "OPEN_HOUSE", "title": "Contract",
                 "route": {"type": "OPEN_HOUSE"}, "startsOn": "2022-01-01", "endsOn": "2027-12-31", "maxEndOn": "2029-12-31",
                 "extensionOptions": [{"months": 12}, {"months": 12}], "fundingForm": "EFFORT_BASED",
                 "products": [{"code": "45A01", "category": "45", "unit": "day", "tariff": "100.00"}],
                 "document": %s, "publishedOn": "2021-10-01"}""".formatted(id, region, region, DOCUMENT)), 201);
        String contract = "/api/contracts/" + id;
        for (int p = 0; p < 4; p++) {
            expect(procurement.get().post(contract + "/admissions",
                    "{\"providerId\": \"bench-p%d\", \"admittedOn\": \"2022-01-01\", \"qualityCheckRef\": \"QC\"}".formatted(p)), 200);
        }
        for (int year = 2022; year <= 2027; year++) {
            expect(procurement.get().put(contract + "/tariffs/" + year,
                    "{\"tariffs\": [{\"productCode\": \"45A01\", \"amount\": \"%d.00\"}]}".formatted(year)), 200);
        }
        expect(procurement.get().post(contract + "/kpis", """
                {"kpiId": "kpi", "description": "KPI", "target": {"comparison": "AT_LEAST", "value": "10"},
                 "consequence": "reduction", "agreedOn": "2022-01-01"}"""), 200);
        for (int period = 0; period < 8; period++) {
            expect(procurement.get().post(contract + "/kpis/kpi/results",
                    "{\"period\": \"2022-%d\", \"value\": \"%d\"}".formatted(period, period % 3 == 0 ? 5 : 15)), 200);
        }
        expect(procurement.get().post(contract + "/extensions",
                "{\"newEndsOn\": \"2028-12-31\", \"basis\": {\"type\": \"OPTION\", \"optionNumber\": 1}, \"decidedOn\": \"2027-06-01\"}"), 200);
    }

    private void expect(Response response, int status) {
        requests.incrementAndGet();
        if (response.status() != status) {
            throw new IllegalStateException("expected " + status + ": " + response);
        }
    }
}
