package nl.contractledger.application.readmodel;

import nl.contractledger.application.support.ApiTest;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A read with {@code minPosition} waits for the event at that position itself. Concurrent writers commit
 * out of order: a read model can have handled position 101 while the event at 100 was still committing, and
 * its token then remembers 100 as a gap. The writer of 100 must not read past its own event.
 */
class ReadModelsWaitTest extends ApiTest {

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private Serializer serializer;
    @Autowired
    private TokenStore tokens;
    @Autowired
    private TransactionTemplate transactions;

    private final AtomicInteger wakes = new AtomicInteger();

    private ReadModels readModels() {
        return readModels((readModel, segment) -> Optional.empty());
    }

    private ReadModels readModels(LocalProgress local) {
        return new ReadModels(jdbc, serializer, new ReadModelProperties(Duration.ofMillis(100), null, null), wakes::incrementAndGet, local);
    }

    @Test
    void givenAReadModelPastAnEventStillCommitting_whenAReadWaitsForThatEvent_thenItWaitsUntilTheEventIsHandled() {
        String readModel = readModelAt(GapAwareTrackingToken.newInstance(101, List.of(100L)));

        assertThatThrownBy(() -> readModels().awaitPosition(readModel, 100L)).isInstanceOf(ReadModelBehind.class);
        assertThatCode(() -> readModels().awaitPosition(readModel, 101L)).doesNotThrowAnyException();
        assertThatCode(() -> readModels().awaitPosition(readModel, 99L)).doesNotThrowAnyException();
        assertThatThrownBy(() -> readModels().awaitPosition(readModel, 102L)).isInstanceOf(ReadModelBehind.class);

        store(readModel, GapAwareTrackingToken.newInstance(101, List.of()));
        assertThatCode(() -> readModels().awaitPosition(readModel, 100L)).doesNotThrowAnyException();
    }

    @Test
    void givenAGapNoEventWillFill_whenAReadWaitsForALaterEvent_thenItDoesNotWaitForTheGap() {
        String readModel = readModelAt(GapAwareTrackingToken.newInstance(101, List.of(50L)));

        assertThatCode(() -> readModels().awaitPosition(readModel, 100L)).doesNotThrowAnyException();
        assertThatCode(() -> readModels().awaitPosition(readModel, 101L)).doesNotThrowAnyException();
    }

    @Test
    void givenAReadModelBeingReplayed_whenAReadWaitsForAnEventInTheGapOfItsCurrentToken_thenItWaits() {
        TrackingToken replaying = ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(300, List.of()),
                GapAwareTrackingToken.newInstance(101, List.of(100L)));
        String readModel = readModelAt(replaying);

        assertThatThrownBy(() -> readModels().awaitPosition(readModel, 100L)).isInstanceOf(ReadModelBehind.class);
        assertThatCode(() -> readModels().awaitPosition(readModel, 101L)).doesNotThrowAnyException();
    }

    @Test
    void givenTwoSegments_whenOnlyOneHasHandledTheEvent_thenAReadWaitsForBoth() {
        String readModel = readModelAt(GapAwareTrackingToken.newInstance(101, List.of()));
        store(readModel, 1, GapAwareTrackingToken.newInstance(101, List.of(100L)));

        assertThatThrownBy(() -> readModels().awaitPosition(readModel, 100L)).isInstanceOf(ReadModelBehind.class);
        assertThat(readModels().position(readModel)).isEqualTo(101);
    }

    @Test
    void givenAReadModelBehindTheEvent_whenAReadWaits_thenItWakesTheProcessorsAtOnceAndWhileItWaits() {
        String readModel = readModelAt(GapAwareTrackingToken.newInstance(101, List.of()));

        assertThatCode(() -> readModels().awaitPosition(readModel, 101L)).doesNotThrowAnyException();
        assertThat(wakes).as("a read model already there is not woken").hasValue(0);
        assertThatThrownBy(() -> readModels().awaitPosition(readModel, 102L)).isInstanceOf(ReadModelBehind.class);
        assertThat(wakes.get()).as("at once and every 100 ms of the 100 ms wait").isBetween(1, 3);
    }

    @Test
    void givenSegmentsThisNodeHoldsPastTheirStoredTokens_whenAReadWaits_thenTheirProcessorsProgressCounts() {
        String readModel = readModelAt(GapAwareTrackingToken.newInstance(101, List.of()));
        TrackingToken passed = GapAwareTrackingToken.newInstance(105, List.of());

        assertThatCode(() -> readModels((name, segment) -> Optional.of(passed)).awaitPosition(readModel, 105L))
                .as("both segments' processors have passed it").doesNotThrowAnyException();
        assertThatThrownBy(() -> readModels((name, segment) -> segment == 0 ? Optional.of(passed) : Optional.empty())
                .awaitPosition(readModel, 105L)).as("segment 1 is held elsewhere, its token behind").isInstanceOf(ReadModelBehind.class);
        assertThatThrownBy(() -> readModels((name, segment) -> Optional.of(GapAwareTrackingToken.newInstance(105, List.of(104L))))
                .awaitPosition(readModel, 104L)).as("passed while still committing").isInstanceOf(ReadModelBehind.class);
        assertThatCode(() -> readModels((name, segment) -> Optional.empty()).awaitPosition(readModel, 101L))
                .as("the stored tokens alone").doesNotThrowAnyException();
    }

    /** A read model of two segments, both at the token. */
    private String readModelAt(TrackingToken token) {
        String readModel = unique("waited");
        transactions.executeWithoutResult(status -> tokens.initializeTokenSegments(readModel, 2, token));
        return readModel;
    }

    private void store(String readModel, TrackingToken token) {
        store(readModel, 0, token);
        store(readModel, 1, token);
    }

    private void store(String readModel, int segment, TrackingToken token) {
        transactions.executeWithoutResult(status -> {
            tokens.fetchToken(readModel, segment);
            tokens.storeToken(token, readModel, segment);
            tokens.releaseClaim(readModel, segment);
        });
    }
}
