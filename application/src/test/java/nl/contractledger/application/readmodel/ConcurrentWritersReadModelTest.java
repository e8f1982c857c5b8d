package nl.contractledger.application.readmodel;

import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent writers commit out of order, so the processors see events late, with the position of a
 * later event: every read model must still take every event exactly once.
 */
class ConcurrentWritersReadModelTest extends ApiTest {

    private static final int WRITERS = 8;
    private static final int RESULTS = 10;

    @Test
    void givenEightWritersOnOneSegment_whenTheirEventsCommitOutOfOrder_thenEveryReadModelHasEveryEventOnce() throws Exception {
        String region = unique("conc");
        String segment = region + "-s1";
        assertThat(api.as("procurement").post("/api/regions", "{\"id\": \"%s\", \"name\": \"R\", \"municipalities\": [\"Delft\"]}"
                .formatted(region)).status()).isEqualTo(201);
        assertThat(api.as("procurement").post("/api/regions/" + region + "/segments", "{\"id\": \"%s\", \"number\": 1, \"name\": \"S\", \"procurementForm\": \"OPEN_HOUSE\", \"fundingForm\": \"EFFORT_BASED\"}"
                .formatted(segment)).status()).isEqualTo(201);
        AtomicLong last = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            String contract = region + "-c" + writer;
            writers.add(pool.submit(() -> {
                created(api.as("procurement").post("/api/contracts", """
                        {"id": "%s", "regionId": "%s", "segmentIds": ["%s"], "kind": "OPEN_HOUSE", "title": "C",
                         "route": {"type": "OPEN_HOUSE"}, "startsOn": "2022-01-01", "endsOn": "2027-12-31",
                         "document": {"title": "C", "sha256": "%s"}}""".formatted(contract, region, segment, "56".repeat(32))), last);
                ok(api.as("procurement").post("/api/contracts/" + contract + "/kpis", """
                        {"kpiId": "kpi", "description": "K", "target": {"comparison": "AT_LEAST", "value": "10"},
                         "consequence": "reduction", "agreedOn": "2022-01-01"}"""), last);
                for (int result = 0; result < RESULTS; result++) {
                    ok(api.as("procurement").post("/api/contracts/" + contract + "/kpis/kpi/results",
                            "{\"period\": \"p%d\", \"value\": \"%d\"}".formatted(result, result % 2 == 0 ? 5 : 15)), last);
                }
                return null;
            }));
        }
        for (Future<?> future : writers) {
            future.get();
        }
        pool.shutdown();

        Response read = api.as("auditor").get("/api/segments/" + segment + "/timeline?kind=revision&minPosition=" + last.get());
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        JsonNode timeline = read.json().path("revision");
        List<String> recorded = new ArrayList<>();
        timeline.forEach(entry -> {
            if (!entry.path("deadline").asBoolean(false) && entry.path("aggregateId").asString().startsWith(region + "-c")) {
                recorded.add(entry.path("aggregateId").asString() + " " + entry.path("type").asString());
            }
        });
        for (int writer = 0; writer < WRITERS; writer++) {
            String contract = region + "-c" + writer;
            JsonNode view = api.as("auditor").get("/api/contracts/" + contract + "?minPosition=" + last.get()).json();
            assertThat(view.path("kpis").get(0).path("results")).as(contract).hasSize(RESULTS);
        }
        assertThat(recorded).as("each contract's publication, its KPI, every result and the consequences of the missed, once each")
                .hasSize(WRITERS * (2 + RESULTS + RESULTS / 2));
        assertThat(recorded.stream().filter(entry -> entry.endsWith("ContractPublished"))).hasSize(WRITERS);
        JsonNode statuses = api.as("admin").get("/api/admin/projections").json();
        assertThat(statuses.findValuesAsString("deadLetters")).containsOnly("0");
    }

    private static void created(Response response, AtomicLong last) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        last.accumulateAndGet(response.position(), Math::max);
    }

    private static void ok(Response response, AtomicLong last) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        last.accumulateAndGet(response.position(), Math::max);
    }
}
