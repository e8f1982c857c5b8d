package nl.contractledger.application.readmodel;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ReadModelRebuildingTest {

    @Test
    void givenARebuildAtItsPace_whenItIsRefused_thenRetryAfterIsTheTimeItsEventsLeftTake() {
        assertThat(new ReadModelRebuilding("timelines", 40.0, 60_000, 20_000.0).retryAfter()).isEqualTo(Duration.ofSeconds(3));
        assertThat(new ReadModelRebuilding("timelines", 40.0, 60_001, 20_000.0).retryAfter()).as("rounded up")
                .isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void givenARebuildNearlyDoneOrFarFromIt_whenItIsRefused_thenRetryAfterIsAtLeastOneSecondAndAtMostThirty() {
        assertThat(new ReadModelRebuilding("ocds", 99.9, 10, 30_000.0).retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(new ReadModelRebuilding("ocds", 0.5, 5_000_000, 2_000.0).retryAfter()).isEqualTo(ReadModelRebuilding.LONGEST);
    }

    @Test
    void givenARebuildWhosePaceIsNotKnownYet_whenItIsRefused_thenRetryAfterIsFiveSeconds() {
        assertThat(new ReadModelRebuilding("contracts", 0.0, 1_000, null).retryAfter()).isEqualTo(ReadModelRebuilding.UNKNOWN_PACE);
        assertThat(new ReadModelRebuilding("contracts", 0.0, 1_000, 0.0).retryAfter()).isEqualTo(ReadModelRebuilding.UNKNOWN_PACE);
    }

    @Test
    void givenARebuildPartlyDone_whenItIsRefused_thenTheDetailSaysHowFarInWholePercent() {
        ReadModelRebuilding refused = new ReadModelRebuilding("timelines", 42.7, 1_000, 100.0);
        assertThat(refused.getMessage()).contains("'timelines'").contains("(42% done)");
        assertThat(refused.progressPercent()).isEqualTo(42.7);
        assertThat(new ReadModelRebuilding("timelines", null, 0, null).getMessage()).doesNotContain("% done");
    }
}
