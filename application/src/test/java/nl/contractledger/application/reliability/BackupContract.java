package nl.contractledger.application.reliability;

import nl.contractledger.application.support.ReadModelsReplayed;
import nl.contractledger.application.support.RunningApplication;
import nl.contractledger.application.support.Staff;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A backup taken while commands are written, restored into a fresh database: the restored store holds
 * the original's events up to a point, row for row and without a hole, at least those acknowledged
 * before the backup began; its read models, once caught up, equal a fresh replay; its chain verifies.
 */
abstract class BackupContract {

    private static final String EVENT_ROWS = """
            SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                   payload_type, payload, meta_data FROM domain_event_entry ORDER BY global_index""";

    /** The properties of the database written to. */
    protected abstract String[] original();

    /** Takes an online backup of the running application's database; answers the head position when it began. */
    protected abstract long backUp(RunningApplication application);

    /** Restores the backup into a fresh database; answers the properties that start the application on it. */
    protected abstract String[] restore();

    protected abstract Staff staff();

    @Test
    void givenCommandsBeingWritten_whenAnOnlineBackupIsRestoredIntoAFreshDatabase_thenItHoldsTheSameEventsReadModelsAndChain() {
        String[] original = Survived.restartable(original());
        List<String> originalRows;
        long backedUpFrom;
        try (RunningApplication application = RunningApplication.start(original)) {
            List<String> contracts = List.copyOf(Fixture.contractsWithAKpi(staff().procurement(application.api()), 5).keySet());
            try (CommandLoad load = new CommandLoad("backup", contracts, 2, () -> staff().procurement(application.api()))) {
                load.awaitAcknowledged(100);
                backedUpFrom = backUp(application);
                load.awaitAcknowledged(load.acknowledged().size() + 50);
            }
            originalRows = rows(application);
        }

        String[] restoredDatabase = restore();
        String[] restoredWithTheSameKeys = java.util.Arrays.copyOf(restoredDatabase, restoredDatabase.length + 2);
        // the signing key is part of what is backed up: the checkpoints of the restored chain are signed with it
        System.arraycopy(original, original.length - 2, restoredWithTheSameKeys, restoredDatabase.length, 2);
        try (RunningApplication restored = RunningApplication.start(restoredWithTheSameKeys)) {
            List<String> restoredRows = rows(restored);
            long head = restored.jdbc().sql("SELECT MAX(global_index) FROM domain_event_entry").query(Long.class).single();
            assertThat(head).as("the backup holds every event committed before it began").isGreaterThanOrEqualTo(backedUpFrom);
            assertThat(restoredRows).as("the restored events are the original's, from the first").isEqualTo(
                    originalRows.subList(0, restoredRows.size()));
            ReadModelsReplayed.assertEqualToAFreshReplay(restored, staff());
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                JsonNode verification = staff().auditor(restored.api()).get("/api/audit/verification").json();
                assertThat(verification.path("ok").asBoolean()).as(verification.toString()).isTrue();
                assertThat(verification.path("verifiedThroughPosition").asLong()).isEqualTo(head);
            });
        }
    }

    private static List<String> rows(RunningApplication application) {
        return application.bean(org.springframework.jdbc.core.JdbcTemplate.class).query(EVENT_ROWS, (row, index) -> {
            StringBuilder text = new StringBuilder();
            for (int column = 1; column <= 9; column++) {
                text.append(column >= 8 ? java.util.HexFormat.of().formatHex(row.getBytes(column)) : row.getString(column)).append('|');
            }
            return text.toString();
        });
    }
}
