package nl.contractledger.application.reliability;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.ReadModelsReplayed;
import nl.contractledger.application.support.Response;
import nl.contractledger.application.support.RunningApplication;
import nl.contractledger.application.support.Staff;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Eight writers record missed KPI results on ten contracts while every read model is rebuilt from the first
 * event, and then the timelines alone, through the admin API, in pages of fifty events. Their events
 * commit out of order and while the rebuild passes them. Half the writers read each write of theirs back
 * with {@code minPosition}, during the rebuilds too; the other half only write, as fast as they can (while the
 * rebuilds run, at most 400 results each). Afterwards the contract register and the timelines hold
 * every acknowledged result exactly once, and every read model equals a fresh rebuild.
 */
abstract class RebuildUnderWritesContract {

    private static final int WRITERS = 8;
    private static final int CONTRACTS = 10;
    private static final int BEFORE_REBUILDING = 1_000;
    /**
     * Each writer's writes while the read models are rebuilt, at most. The rebuild chases the head while they
     * write, where it meets transactions still committing; in pages of fifty events it is slower than eight
     * writers, and would never reach the head if they went on.
     */
    private static final int WRITES_WHILE_REBUILDING = 400;
    private static final String REGION = "rebuilt";
    private static final String SEGMENT = REGION + "-s1";

    /** The properties that put the application on the database under test. */
    protected abstract String[] database();

    protected abstract Staff staff();

    @Test
    void givenEightWriters_whenTheReadModelsAreRebuiltWhileTheyWrite_thenEachReadsItsOwnWritesAndNoResultIsLostOrTwice()
            throws Exception {
        String[] properties = Stream.concat(Stream.of(database()), Stream.of("ledger.read-models.rebuild-batch-size=50"))
                .toArray(String[]::new);
        try (RunningApplication application = RunningApplication.start(properties)) {
            ApiClient api = application.api();
            List<String> contracts = List.copyOf(Fixture.contractsWithAKpi(staff().procurement(api), REGION, CONTRACTS).keySet());
            Writers writers = new Writers(api, contracts);
            writers.start();

            await().atMost(Duration.ofSeconds(60)).until(() -> writers.acknowledged() >= BEFORE_REBUILDING || writers.failed());
            writers.rebuilding.set(true);
            int before = writers.acknowledged();
            rebuild(api, "/api/admin/projections/replay");
            rebuild(api, "/api/admin/projections/timelines/replay");
            int during = writers.acknowledged() - before;
            writers.rebuilding.set(false);
            Thread.sleep(500);
            writers.stop();

            assertThat(writers.unexpected).isEmpty();
            assertThat(during).as("results acknowledged while the read models were rebuilt").isPositive();
            assertThat(writers.readBackWhileRebuilding.get()).as("writes read back while rebuilding").isPositive();
            ReadModelsReplayed.awaitCaughtUp(staff().admin(api), Duration.ofSeconds(120));
            JsonNode timeline = staff().procurement(api).get("/api/segments/" + SEGMENT + "/timeline").json();
            for (String contract : contracts) {
                List<String> acknowledged = List.copyOf(writers.periods.get(contract));
                JsonNode view = staff().procurement(api).get("/api/contracts/" + contract).json();
                assertThat(view.path("kpis").get(0).path("results").findValuesAsString("period")).as(contract)
                        .containsExactlyInAnyOrderElementsOf(acknowledged);
                assertThat(missedPeriods(timeline, contract)).as(contract + " in the timelines")
                        .containsExactlyInAnyOrderElementsOf(acknowledged);
            }
            ReadModelsReplayed.assertEqualToAFreshReplay(application, staff());
            System.out.printf("rebuilt under writes (%s): %d results, %d acknowledged during the rebuilds, %d read back then%n",
                    getClass().getSimpleName(), writers.acknowledged(), during, writers.readBackWhileRebuilding.get());
        }
    }

    /** Asks for a rebuild and waits until every read model it names has ended without a failure. */
    private void rebuild(ApiClient api, String path) {
        Response accepted = staff().admin(api).post(path, "");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            for (JsonNode status : staff().admin(api).get("/api/admin/projections").json()) {
                assertThat(status.path("replaying").asBoolean()).as(status.toString()).isFalse();
                assertThat(status.path("error").isMissingNode() || status.path("error").isNull()).as(status.toString()).isTrue();
            }
        });
    }

    /** The periods of the contract's missed results in the segment's timelines, as often as they appear. */
    private static List<String> missedPeriods(JsonNode timeline, String contract) {
        String missed = "KPI kpi missed in ";
        List<String> periods = new ArrayList<>();
        for (String kind : List.of("tender", "revision")) {
            for (JsonNode entry : timeline.path(kind)) {
                collect(entry, contract, missed, periods);
            }
        }
        return periods;
    }

    private static void collect(JsonNode entry, String contract, String missed, List<String> periods) {
        String summary = entry.path("summary").asString();
        if (entry.path("aggregateId").asString().equals(contract) && summary.startsWith(missed)) {
            periods.add(summary.substring(missed.length(), summary.indexOf(':', missed.length())));
        }
    }

    /**
     * Writers of missed KPI results, half of them reading every write back with {@code minPosition}: the
     * contract register must hold the result it was answered for.
     */
    private final class Writers {

        private final ApiClient api;
        private final List<String> contracts;
        private final Map<String, Set<String>> periods = new ConcurrentHashMap<>();
        private final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        private final AtomicBoolean writing = new AtomicBoolean(true);
        private final AtomicBoolean rebuilding = new AtomicBoolean();
        private final AtomicInteger readBackWhileRebuilding = new AtomicInteger();
        private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        private final List<Future<?>> running = new ArrayList<>();

        private Writers(ApiClient api, List<String> contracts) {
            this.api = api;
            this.contracts = contracts;
            contracts.forEach(contract -> periods.put(contract, ConcurrentHashMap.newKeySet()));
        }

        void start() {
            for (int writer = 0; writer < WRITERS; writer++) {
                int number = writer;
                running.add(pool.submit(() -> write(number)));
            }
        }

        int acknowledged() {
            return periods.values().stream().mapToInt(Set::size).sum();
        }

        boolean failed() {
            return !unexpected.isEmpty();
        }

        void stop() throws Exception {
            writing.set(false);
            for (Future<?> writer : running) {
                writer.get();
            }
            pool.shutdown();
        }

        private void write(int writer) {
            Random random = new Random(writer);
            int whileRebuilding = 0;
            for (int command = 0; writing.get() && !failed(); command++) {
                if (rebuilding.get() && whileRebuilding++ >= WRITES_WHILE_REBUILDING) {
                    pause();
                    continue;
                }
                String contract = contracts.get(random.nextInt(contracts.size()));
                String period = "w" + writer + "-" + command;
                Response answer = staff().procurement(api).post("/api/contracts/" + contract + "/kpis/kpi/results",
                        "{\"period\": \"%s\", \"value\": \"%d\"}".formatted(period, random.nextInt(Fixture.TARGET)));
                if (answer.status() != 200) {
                    unexpected.add(contract + " " + period + ": " + answer);
                    return;
                }
                periods.get(contract).add(period);
                if (writer % 2 == 0) {
                    readBack(contract, period, answer.position(), answer.json().path("version").asLong());
                }
            }
        }

        private static void pause() {
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }

        /** Reads the contract at the write's position; a read model still behind after the wait may say so (503). */
        private void readBack(String contract, String period, long position, long version) {
            boolean whileRebuilding = rebuilding.get();
            Response read = staff().procurement(api).get("/api/contracts/" + contract + "?minPosition=" + position);
            if (read.status() == 503 && read.code().equals("READ_MODEL_BEHIND")) {
                return;
            }
            List<String> results = read.status() == 200
                    ? read.json().path("kpis").get(0).path("results").findValuesAsString("period") : List.of();
            if (!results.contains(period)) {
                unexpected.add("read at " + position + " of version " + version + (whileRebuilding ? " while rebuilding" : "") + " lacks " + contract
                        + " " + period + ": " + read.status() + " " + results.size() + " results, version "
                        + read.json().path("version").asLong());
            } else if (whileRebuilding && rebuilding.get()) {
                readBackWhileRebuilding.incrementAndGet();
            }
        }
    }
}
