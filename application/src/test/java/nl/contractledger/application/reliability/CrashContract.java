package nl.contractledger.application.reliability;

import nl.contractledger.application.support.ApplicationProcess;
import nl.contractledger.application.support.RunningApplication;
import nl.contractledger.application.support.Staff;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

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

        int storedUnanswered;
        try (RunningApplication restarted = RunningApplication.start(properties)) {
            storedUnanswered = Survived.assertNothingLost(restarted, staff(), contracts, acknowledged, unanswered);
        }
        System.out.printf("crash (%s): %d kills, %d commands acknowledged before a kill, %d unanswered (%d of them stored)%n",
                getClass().getSimpleName(), KILLS, acknowledged.size(), unanswered.size(), storedUnanswered);
    }
}
