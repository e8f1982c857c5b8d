package nl.contractledger.application.admin;

import nl.contractledger.application.readmodel.ReadModelProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class ProjectionAlarmsTest {

    private static final Instant SINCE = Instant.parse("2026-12-06T10:00:00Z");

    private final ProjectionAlarms.Raised raised = new ProjectionAlarms.Raised();

    @Test
    void givenAReadModelThatStallsAndGoesOnAgain_whenWatchedRepeatedly_thenTheAlarmIsRaisedOnceAndLoweredOnce() {
        assertThat(raised.change(healthy("contracts", 40))).as("healthy from the start: nothing to say").isEmpty();

        assertThat(raised.change(new ProjectionWatch.Watched("contracts", 40, 7, 0, SINCE, 0))).get().asString()
                .startsWith("Read model contracts needs an administrator: 0 dead letters, at position 40, 7 events behind, "
                        + "standing still since 2026-12-06T10:00:00Z");
        assertThat(raised.change(new ProjectionWatch.Watched("contracts", 40, 9, 0, SINCE, 0))).as("said once").isEmpty();

        assertThat(raised.change(healthy("contracts", 49))).get().asString()
                .isEqualTo("Read model contracts goes on again: 0 dead letters, at position 49, 0 events behind");
        assertThat(raised.change(healthy("contracts", 50))).isEmpty();
    }

    @Test
    void givenTwoReadModels_whenOneHasDeadLetters_thenOnlyItsAlarmIsRaisedAndItStaysRaisedWhileTheyRemain() {
        assertThat(raised.change(new ProjectionWatch.Watched("ocds", 40, 0, 2, null, 0))).get().asString()
                .contains("ocds needs an administrator: 2 dead letters");
        assertThat(raised.change(healthy("contracts", 40))).isEmpty();
        assertThat(raised.change(new ProjectionWatch.Watched("ocds", 41, 0, 1, null, 0))).as("one dead letter left").isEmpty();

        assertThat(raised.change(healthy("ocds", 41))).get().asString().startsWith("Read model ocds goes on again");
    }

    @Test
    void givenADocumentThatMissedEvents_whenWatched_thenTheAlarmIsRaisedSayingSoUntilTheReadModelIsRebuilt() {
        assertThat(raised.change(new ProjectionWatch.Watched("contracts", 40, 0, 0, null, 1))).get().asString()
                .isEqualTo("Read model contracts needs an administrator: 0 dead letters, at position 40, 0 events behind, "
                        + "documents that missed events of their streams seen 1 time (rebuild it); its answers miss "
                        + "events until it is mended (GET /api/admin/projections)");
        assertThat(raised.change(healthy("contracts", 41))).get().asString().startsWith("Read model contracts goes on again");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void givenTheDatabaseUnavailable_whenTheTimerWatches_thenItSaysSoInOneLineAndTriesAgainNextTime(CapturedOutput log) {
        ProjectionWatch unavailable = new ProjectionWatch(null, null, new ReadModelProperties(null, null, null), null) {
            @Override
            long head() {
                throw new CannotGetJdbcConnectionException("Connection to 127.0.0.1:5432 refused");
            }
        };

        assertThatCode(new ProjectionAlarms(unavailable)::watchReadModels).doesNotThrowAnyException();
        assertThat(log.getOut()).contains("Read models not watched this time: Connection to 127.0.0.1:5432 refused")
                .doesNotContain("CannotGetJdbcConnectionException");
    }

    private static ProjectionWatch.Watched healthy(String name, long position) {
        return new ProjectionWatch.Watched(name, position, 0, 0, null, 0);
    }
}
