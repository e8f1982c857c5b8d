package nl.contractledger.application.bench;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.ReadModelsReplayed;
import nl.contractledger.application.support.RunningApplication;
import nl.contractledger.application.support.Staff;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the benchmark's work on a store of its own, thrown away afterwards, before the measured run on the
 * same kind of database: the JIT compiles the paths a phase takes while that phase runs, so without it the
 * first phases measure the compiler (one client measured 367 commands per second in a fresh JVM and 1,564
 * in the fifth application started in it, on H2). The classes, and the code compiled for them, stay in the JVM
 * for the measured application. Commands with 16 clients and with one, the REST commands and reads,
 * a timeline in pages and a rebuild of every read model, in rounds until the time is up.
 */
final class WarmUp {

    private WarmUp() {
    }

    static void run(Duration atLeast, Staff staff, String... properties) throws Exception {
        long until = System.nanoTime() + atLeast.toNanos();
        try (RunningApplication app = RunningApplication.start(properties)) {
            Workload workload = new Workload(app.bean(CommandGateway.class));
            ApiClient keepAlive = app.api();
            RestWorkload rest = new RestWorkload(() -> staff.procurement(keepAlive));
            int round = 0;
            do {
                workload.fill(2_000, 500, 16);
                workload.fill(500, 0, 1);
                rest.send("warm-up-" + round, 50, 16);
                ReadModelsReplayed.awaitCaughtUp(staff.admin(app.api()), Duration.ofMinutes(10));
                rest.readsPerSecond("warm-up-" + round, 50, 16, 1_000);
                assertThat(TimelinePages.of(staff.auditor(app.api()), Workload.HOT_SEGMENT, 500).entries()).isPositive();
                Replays.rebuildTogether(app);
                round++;
            } while (System.nanoTime() < until);
            System.out.printf("warmed up: %d rounds, %d events%n", round, Replays.events(app));
        }
    }
}
