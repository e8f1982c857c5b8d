package nl.contractledger.application.web.conventions;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.EventCount;
import nl.contractledger.application.support.Response;
import nl.contractledger.application.support.RunningApplication;
import nl.contractledger.application.support.hostile.CommandEndpoint;
import nl.contractledger.application.support.hostile.CommandEndpoints;
import nl.contractledger.application.support.hostile.Fault;
import nl.contractledger.application.support.hostile.HostileRequest;
import nl.contractledger.application.support.hostile.HostileRequests;
import nl.contractledger.application.support.hostile.PathValues;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Property: whatever malformed or hostile request reaches a command endpoint, the answer is a 4xx
 * problem with a stable code and no internals, and the event store is unchanged. The requests are
 * generated from the served OpenAPI description and the aggregates of the demo histories, from a seed
 * that the failure message gives ({@code -Dledger.hostile.seed=…} replays it, {@code =random} explores), on each
 * database: a value one database takes and another cannot hold (U+0000 in PostgreSQL's text) must be refused by both.
 */
abstract class HostileRequestContract extends OnTheDemoHistories {

    private static final int REQUESTS = Integer.getInteger("ledger.hostile.requests", 10_000);
    private static final long DEFAULT_SEED = 20_261_201L;

    private ApiClient api;

    @Test
    void givenTenThousandGeneratedHostileRequestsOnEveryCommandEndpoint_whenSent_thenEachIsAProblemWithACodeAndNothingIsWritten()
            throws IOException {
        try (RunningApplication application = startedWithTheDemo()) {
            api = application.api();
            sendAndCheck(new EventCount(application.jdbc()),
                    application.context().getEnvironment().getRequiredProperty("ledger.requests.max-body-bytes", Integer.class));
        }
    }

    private void sendAndCheck(EventCount events, int maxBodyBytes) throws IOException {
        long seed = seed();
        List<CommandEndpoint> endpoints = CommandEndpoints.of(api.anonymous().get("/v3/api-docs").json()).stream()
                .filter(endpoint -> endpoint.takesBody() || !endpoint.parameters().isEmpty()).toList();
        HostileRequests requests = new HostileRequests(seed, endpoints, new PathValues(endpoints, demoPaths()), maxBodyBytes);
        long before = settled(events);
        Map<Fault, Integer> faults = new EnumMap<>(Fault.class);
        Map<String, Integer> reached = new TreeMap<>();
        List<String> failures = new ArrayList<>();

        long started = System.nanoTime();
        for (int i = 0; i < REQUESTS && failures.size() < 20; i++) {
            HostileRequest request = requests.next();
            Response response = send(request);
            faults.merge(request.fault(), 1, Integer::sum);
            reached.merge(request.method() + " " + request.path().replaceAll("^/api/([a-z-]+).*", "$1"), 1, Integer::sum);
            String wrong = wrongAbout(response);
            long now = events.total();
            if (now != before) {
                wrong = (wrong == null ? "" : wrong + "; ") + "wrote " + (now - before) + " event(s)";
                before = now;
            }
            if (wrong != null) {
                failures.add("#" + i + " " + request.describe() + "\n    → " + wrong + ": " + abbreviated(response));
            }
        }

        System.out.printf("hostile requests: %d in %.1f s over %d command endpoints, seed %d, by fault %s%n", REQUESTS,
                (System.nanoTime() - started) / 1e9, endpoints.size(), seed, faults);
        assertThat(failures).as("seed %d (replay with -Dledger.hostile.seed=%d)", seed, seed).isEmpty();
        assertThat(faults.keySet()).as("every kind of fault was generated").containsAll(List.of(Fault.values()));
        assertThat(reached.keySet()).as("every resource was reached").hasSizeGreaterThanOrEqualTo(6);
        assertThat(faults.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(REQUESTS);
    }

    /**
     * The seed of the generator: a fixed one by default, so that the build answers the same way for the
     * same code; {@code -Dledger.hostile.seed=random} explores new requests, {@code =<number>} replays a run.
     */
    private static long seed() {
        String configured = System.getProperty("ledger.hostile.seed", String.valueOf(DEFAULT_SEED));
        return configured.equals("random") ? new Random().nextLong() : Long.parseLong(configured);
    }

    private Response send(HostileRequest request) {
        ApiClient.Call call = staff().as(api, request.user()).contentType(request.contentType());
        request.headers().forEach(call::header);
        return call.send(request.method(), request.path(), request.body(), request.chunked());
    }

    private static String wrongAbout(Response response) {
        if (response.status() < 400 || response.status() >= 500) {
            return "status " + response.status();
        }
        String wrong = wrongAboutProblem(response);
        if (wrong == null && response.json().path("status").asInt() != response.status()) {
            return "a problem without its status";
        }
        return wrong;
    }

    /** The saga of the demo may still be giving contracts their revised terms: wait until the store is still. */
    private static long settled(EventCount events) {
        AtomicLong last = new AtomicLong(-1);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> last.getAndSet(events.total()) == events.total());
        return events.total();
    }

    private static List<String> demoPaths() throws IOException {
        try (InputStream in = HostileRequestContract.class.getResourceAsStream("/demo/histories.json")) {
            return PathValues.pathsOf(ApiClient.json(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
        }
    }

    private static String abbreviated(Response response) {
        String body = response.body();
        return response.status() + " " + (body.length() > 400 ? body.substring(0, 400) + "…" : body);
    }
}
