package nl.contractledger.application.reliability;

import nl.contractledger.application.support.ApplicationProcess;
import nl.contractledger.application.support.EventCount;
import nl.contractledger.application.support.ReadModelsReplayed;
import nl.contractledger.application.support.RunningApplication;
import nl.contractledger.application.support.Staff;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Under a steady command load the application is killed with SIGKILL five times and started again on
 * the same data: every command answered 200 before a kill is in the store after it, once; a command
 * without an answer is there once or not at all, never in part; the read models catch up to what a
 * fresh replay gives, and the seals to the head with the chain verifying.
 */
abstract class CrashContract {

    private static final int KILLS = 5;
    private static final int CONTRACTS = 8;

    /** The properties that put every start of the application on the same data. */
    protected abstract String[] database();

    protected abstract Staff staff();

    @Test
    void givenASteadyCommandLoad_whenTheProcessIsKilledFiveTimes_thenNothingAcknowledgedIsLostAndNothingIsHalfWritten() {
        String[] properties = withStableKeysAndShortGapTimeout(database());
        List<String> contracts;
        Set<String> acknowledged = new HashSet<>();
        Set<String> unanswered = new HashSet<>();
        List<String> unexpected = new ArrayList<>();
        Path log = ApplicationProcess.logFile(getClass().getSimpleName());
        try (ApplicationProcess first = ApplicationProcess.start(log, properties)) {
            contracts = List.copyOf(Fixture.contractsWithAKpi(staff().procurement(first.api()), CONTRACTS).keySet());
        }
        for (int kill = 1; kill <= KILLS; kill++) {
            ApplicationProcess running = ApplicationProcess.start(log, properties);
            CommandLoad load = new CommandLoad("k" + kill, contracts, 4, () -> staff().procurement(running.api()));
            load.awaitAcknowledged(100 + kill * 20);
            running.kill();
            load.close();
            acknowledged.addAll(load.acknowledged());
            unanswered.addAll(load.unanswered());
            unexpected.addAll(load.unexpected());
        }
        assertThat(unexpected).as("answers other than 200 or a broken connection").isEmpty();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(KILLS * 100);

        try (RunningApplication restarted = RunningApplication.start(properties)) {
            EventStore store = restarted.bean(EventStore.class);
            Set<String> recorded = new HashSet<>();
            for (String contract : contracts) {
                List<? extends DomainEventMessage<?>> events = StoredResults.stream(store, contract);
                assertThat(StoredResults.halfWritten(events)).as(contract + ": commands written in part").isEmpty();
                List<String> results = StoredResults.withTheVersionTheyLeft(events).stream().map(StoredResults::period).toList();
                assertThat(results).as(contract + ": each result once").doesNotHaveDuplicates();
                results.forEach(period -> recorded.add(contract + " " + period));
            }
            assertThat(recorded).as("every acknowledged command survived the kills").containsAll(acknowledged);
            Set<String> extra = new HashSet<>(recorded);
            extra.removeAll(acknowledged);
            assertThat(unanswered).as("what is stored without an answer was sent when the process died").containsAll(extra);

            ReadModelsReplayed.assertEqualToAFreshReplay(restarted, staff());
            long head = restarted.jdbc().sql("SELECT MAX(global_index) FROM domain_event_entry").query(Long.class).single();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                JsonNode verification = staff().auditor(restarted.api()).get("/api/audit/verification").json();
                assertThat(verification.path("ok").asBoolean()).as(verification.toString()).isTrue();
                assertThat(verification.path("verifiedThroughPosition").asLong()).as(verification.toString()).isEqualTo(head);
            });
            assertThat(restarted.jdbc().sql("SELECT COUNT(*) FROM event_seal").query(Long.class).single())
                    .as("one seal per event").isEqualTo(new EventCount(restarted.jdbc()).total());
        }
    }

    private static String[] withStableKeysAndShortGapTimeout(String[] database) {
        String keys = "ledger.audit.key-file=target/audit-keys/crash-" + UUID.randomUUID() + ".properties";
        return IntStream.range(0, database.length + 2)
                .mapToObj(i -> i < database.length ? database[i] : i == database.length ? keys : "ledger.audit.gap-timeout=2s")
                .toArray(String[]::new);
    }
}
