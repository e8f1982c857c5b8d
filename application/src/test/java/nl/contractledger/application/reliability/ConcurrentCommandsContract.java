package nl.contractledger.application.reliability;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.ReadModelsReplayed;
import nl.contractledger.application.support.Response;
import nl.contractledger.application.support.RunningApplication;
import nl.contractledger.application.support.Staff;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sixteen writers send a thousand commands each to twenty contracts, half of them with {@code If-Match}
 * at the version they last saw: every acknowledged command's event is in the store exactly once,
 * every {@code 412} wrote nothing, each contract's sequence runs without a gap, and every read model
 * equals a fresh replay afterwards.
 */
abstract class ConcurrentCommandsContract {

    private static final int WRITERS = 16;
    private static final int COMMANDS = Integer.getInteger("ledger.concurrent.commands", 1_000);
    private static final int CONTRACTS = 20;

    /** The properties that put the application on the database under test. */
    protected abstract String[] database();

    protected abstract Staff staff();

    /** What a set-up checks besides, once the read models equal their replay. */
    protected void checkAfterwards(RunningApplication application) {
    }

    @Test
    void givenSixteenWritersOnTwentyContracts_whenHalfSendIfMatch_thenEveryAnswerIsTrueToTheStoreAndTheReadModelsToAReplay()
            throws Exception {
        try (RunningApplication application = RunningApplication.start(database())) {
            ApiClient api = application.api();
            Map<String, Long> versions = new ConcurrentHashMap<>(Fixture.contractsWithAKpi(staff().procurement(api), CONTRACTS));
            List<String> contracts = List.copyOf(versions.keySet());
            Map<String, Set<String>> acknowledged = new ConcurrentHashMap<>();
            Map<String, Set<String>> refused = new ConcurrentHashMap<>();
            List<String> unexpected = new ArrayList<>();
            contracts.forEach(contract -> {
                acknowledged.put(contract, ConcurrentHashMap.newKeySet());
                refused.put(contract, ConcurrentHashMap.newKeySet());
            });

            long started = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> writers = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                int number = writer;
                writers.add(pool.submit(() -> {
                    Random random = new Random(number);
                    for (int command = 0; command < COMMANDS; command++) {
                        String contract = contracts.get(random.nextInt(CONTRACTS));
                        String period = "w" + number + "-" + command;
                        ApiClient.Call call = staff().procurement(api);
                        if (command % 2 == 0) {
                            call.header("If-Match", "\"" + versions.get(contract) + "\"");
                        }
                        Response answer = call.post("/api/contracts/" + contract + "/kpis/kpi/results",
                                "{\"period\": \"%s\", \"value\": \"%d\"}".formatted(period, random.nextInt(20)));
                        if (answer.status() == 200) {
                            acknowledged.get(contract).add(period + "@" + answer.json().path("version").asLong());
                            versions.merge(contract, answer.json().path("version").asLong(), Math::max);
                        } else if (answer.status() == 412 && answer.code().equals("VERSION_CONFLICT")) {
                            refused.get(contract).add(period);
                            versions.merge(contract, answer.json().path("actualVersion").asLong(), Math::max);
                        } else {
                            synchronized (unexpected) {
                                unexpected.add(contract + " " + period + ": " + answer);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            pool.shutdown();
            double seconds = (System.nanoTime() - started) / 1e9;

            assertThat(unexpected).isEmpty();
            int answered = 0;
            EventStore store = application.bean(EventStore.class);
            for (String contract : contracts) {
                List<? extends DomainEventMessage<?>> events = StoredResults.stream(store, contract);
                List<String> recorded = StoredResults.withTheVersionTheyLeft(events);
                assertThat(StoredResults.halfWritten(events)).as(contract + ": commands written in part").isEmpty();
                assertThat(recorded).as(contract + ": each acknowledged result once, at the version answered, nothing else")
                        .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(acknowledged.get(contract));
                Set<String> recordedPeriods = recorded.stream().map(StoredResults::period)
                        .collect(Collectors.toSet());
                assertThat(refused.get(contract)).as(contract + ": a refused command wrote nothing")
                        .doesNotContainAnyElementsOf(recordedPeriods);
                answered += acknowledged.get(contract).size() + refused.get(contract).size();
            }
            assertThat(answered).isEqualTo(WRITERS * COMMANDS);
            assertThat(refused.values().stream().mapToInt(Set::size).sum()).as("some If-Match commands lost the race")
                    .isPositive();
            ReadModelsReplayed.assertEqualToAFreshReplay(application, staff());
            checkAfterwards(application);
            System.out.printf("concurrent writers (%s): %d commands in %.1f s (%.0f/s), %d acknowledged, %d answered 412%n",
                    getClass().getSimpleName(), WRITERS * COMMANDS, seconds, WRITERS * COMMANDS / seconds,
                    acknowledged.values().stream().mapToInt(Set::size).sum(), refused.values().stream().mapToInt(Set::size).sum());
        }
    }
}
