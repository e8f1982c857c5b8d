package nl.contractledger.application.reliability;

import nl.contractledger.application.support.ReadModelsReplayed;
import nl.contractledger.application.support.RunningApplication;
import nl.contractledger.application.support.Staff;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup taken while commands are written, restored into a fresh database: the restored store holds
 * every event committed before the backup began, each row for row as in the original, and no row the
 * original does not hold; its read models, once caught up, equal a fresh replay; its chain verifies. An
 * event committed while the backup ran may be in it or not; it may leave a gap in the positions of the
 * restored store, since a transaction that took a lower position can commit after one with a higher.
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
        // the signing key is part of what is backed up: the checkpoints of the restored chain are signed with it
        String signingKeyFile = Survived.newSigningKeyFile();
        String[] original = Survived.restartable(original(), signingKeyFile);
        List<String> originalRows;
        List<String> committedBefore;
        long backedUpFrom;
        try (RunningApplication application = RunningApplication.start(original)) {
            List<String> contracts = List.copyOf(Fixture.contractsWithAKpi(staff().procurement(application.api()), 5).keySet());
            try (CommandLoad load = new CommandLoad("backup", contracts, 2, () -> staff().procurement(application.api()))) {
                load.awaitAcknowledged(100);
                committedBefore = rows(application);
                backedUpFrom = backUp(application);
                load.awaitAcknowledged(load.acknowledged().size() + 50);
            }
            originalRows = rows(application);
        }

        try (RunningApplication restored = RunningApplication.start(Survived.restartable(restore(), signingKeyFile))) {
            List<String> restoredRows = rows(restored);
            long head = restored.jdbc().sql("SELECT MAX(global_index) FROM domain_event_entry").query(Long.class).single();
            assertThat(head).as("the backup holds every event committed before it began").isGreaterThanOrEqualTo(backedUpFrom);
            assertThat(restoredRows).as("every event committed before the backup began").containsAll(committedBefore);
            assertThat(originalRows).as("the restored events are the original's, row for row").containsAll(restoredRows);
            ReadModelsReplayed.assertEqualToAFreshReplay(restored, staff());
            Survived.assertSealedThroughTheHead(restored, staff());
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
