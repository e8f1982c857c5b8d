package nl.contractledger.application.reliability;

import nl.contractledger.application.support.ApplicationProcess;
import nl.contractledger.application.support.ReadModelTables;
import nl.contractledger.application.support.ReadModelsReplayed;
import nl.contractledger.application.support.RunningApplication;
import nl.contractledger.application.support.Staff;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under a steady command load the application is killed with SIGKILL five times and started again on
 * the same data: every command answered 200 before a kill is in the store after it, once; a command
 * without an answer is there once or not at all, never in part; the read models catch up to what a
 * fresh replay gives, and the seals to the head with the chain verifying. A rebuild empties a read model's own
 * tables with {@code TRUNCATE}, which H2 commits at once: a crash between marking the read model and resetting
 * its tokens leaves old rows with tokens that no longer fit them, and the next start finishes the clearing
 * before the processors start, which rebuild the read model from the first event.
 */
abstract class CrashContract {

    private static final int KILLS = 5;
    private static final int CONTRACTS = 8;

    /** The properties that put every start of the application on the same data. */
    protected abstract String[] database();

    protected abstract Staff staff();

    @Test
    void givenASteadyCommandLoad_whenTheProcessIsKilledFiveTimes_thenNothingAcknowledgedIsLostAndNothingIsHalfWritten() {
        String[] properties = Survived.restartable(database());
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
        assertThat(linesOf(log, "Read model misses events")).as("documents that missed events, as the killed processes logged them")
                .isEmpty();

        int storedUnanswered;
        try (RunningApplication restarted = RunningApplication.start(properties)) {
            storedUnanswered = Survived.assertNothingLost(restarted, staff(), contracts, acknowledged, unanswered);
        }
        System.out.printf("crash (%s): %d kills, %d commands acknowledged before a kill, %d unanswered (%d of them stored)%n",
                getClass().getSimpleName(), KILLS, acknowledged.size(), unanswered.size(), storedUnanswered);
    }

    @Test
    void givenAClearingCutOffByACrash_whenTheApplicationStarts_thenTheReadModelsAreClearedAndRebuiltFromTheFirstEvent() {
        String[] properties = Survived.restartable(database());
        List<String> cutOff = List.of("ocds", "timelines");
        Map<String, List<String>> live;
        try (RunningApplication first = RunningApplication.start(properties)) {
            Fixture.contractsWithAKpi(staff().procurement(first.api()), "cut-off", 3);
            ReadModelsReplayed.awaitCaughtUp(staff().admin(first.api()), Duration.ofSeconds(60));
            JdbcTemplate jdbc = first.bean(JdbcTemplate.class);
            live = ReadModelTables.snapshot(jdbc);
            EventProcessingConfiguration processing = first.bean(EventProcessingConfiguration.class);
            cutOff.forEach(name -> processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow().shutDown());
            leaveWhatACrashWhileClearingLeaves(jdbc, cutOff);
        }

        try (RunningApplication second = RunningApplication.start(properties)) {
            ReadModelsReplayed.awaitCaughtUp(staff().admin(second.api()), Duration.ofSeconds(60));
            JdbcTemplate jdbc = second.bean(JdbcTemplate.class);

            assertThat(jdbc.queryForList("SELECT processor_name FROM read_model_clearing", String.class)).isEmpty();
            assertThat(jdbc.queryForList("SELECT owner FROM token_entry WHERE processor_name = 'timelines'", String.class))
                    .isNotEmpty().doesNotContain("crashed-node");
            Map<String, List<String>> rebuilt = ReadModelTables.snapshot(jdbc);
            for (String table : ReadModelTables.TABLES) {
                assertThat(rebuilt.get(table)).as(table).isEqualTo(live.get(table));
            }
        }
    }

    private static List<String> linesOf(Path log, String part) {
        try {
            return Files.readAllLines(log).stream().filter(line -> line.contains(part)).toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * Both read models marked, their rows still there with one more that no event gives (standing for a row the
     * rebuild would not write again), the tokens where they were; the timelines' tokens still claimed, a moment
     * ago, by the node that crashed.
     */
    private static void leaveWhatACrashWhileClearingLeaves(JdbcTemplate jdbc, List<String> readModels) {
        readModels.forEach(name -> jdbc.update("INSERT INTO read_model_clearing (processor_name) VALUES (?)", name));
        jdbc.update("INSERT INTO ocds_name (kind, id, name, identifier) VALUES ('region', 'stray', 'Stray', NULL)");
        jdbc.update("""
                INSERT INTO timeline_plan (aggregate_type, aggregate_id, milestone, planned_on)
                VALUES ('tender', 'stray', 'stray', DATE '2030-01-01')""");
        jdbc.update("UPDATE token_entry SET owner = 'crashed-node', timestamp = ? WHERE processor_name = 'timelines'",
                DateTimeUtils.formatInstant(Instant.now()));
    }
}
