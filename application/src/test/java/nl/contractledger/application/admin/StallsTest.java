package nl.contractledger.application.admin;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class StallsTest {

    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

    private final Stalls stalls = new Stalls(Duration.ofSeconds(60));

    @Test
    void givenAReadModelBehindAtTheSamePosition_whenTheStallTimeHasPassed_thenItIsStalledSinceItWasFirstSeenThere() {
        assertThat(stalls.stalledSince("contracts", 10, 12, T0)).isEmpty();
        assertThat(stalls.stalledSince("contracts", 10, 15, T0.plusSeconds(59))).as("not yet").isEmpty();

        assertThat(stalls.stalledSince("contracts", 10, 15, T0.plusSeconds(60))).contains(T0);
        assertThat(stalls.stalledSince("contracts", 10, 15, T0.plusSeconds(600))).contains(T0);
    }

    @Test
    void givenAReadModelBehindThatMovesOn_whenObservedAgain_thenTheStallTimeStartsAfresh() {
        stalls.stalledSince("contracts", 10, 20, T0);

        assertThat(stalls.stalledSince("contracts", 11, 20, T0.plusSeconds(61))).isEmpty();
        assertThat(stalls.stalledSince("contracts", 11, 20, T0.plusSeconds(120))).isEmpty();
        assertThat(stalls.stalledSince("contracts", 11, 20, T0.plusSeconds(121))).contains(T0.plusSeconds(61));
    }

    @Test
    void givenAReadModelAtTheHead_whenNoEventsFollowForLong_thenItIsNeverStalledAndItsTimeBehindCountsFromWhenItFellBehind() {
        assertThat(stalls.stalledSince("contracts", 20, 20, T0)).isEmpty();
        assertThat(stalls.stalledSince("contracts", 20, 20, T0.plusSeconds(3600))).isEmpty();

        assertThat(stalls.stalledSince("contracts", 20, 21, T0.plusSeconds(3601))).as("behind only from now").isEmpty();
        assertThat(stalls.stalledSince("contracts", 20, 21, T0.plusSeconds(3661))).contains(T0.plusSeconds(3601));
    }

    @Test
    void givenTwoReadModels_whenOneStandsStill_thenOnlyThatOneIsStalled() {
        stalls.stalledSince("contracts", 10, 20, T0);
        stalls.stalledSince("timelines", 10, 20, T0);

        assertThat(stalls.stalledSince("timelines", 20, 20, T0.plusSeconds(90))).isEmpty();
        assertThat(stalls.stalledSince("contracts", 10, 20, T0.plusSeconds(90))).contains(T0);
    }
}
