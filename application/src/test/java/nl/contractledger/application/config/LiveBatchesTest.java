package nl.contractledger.application.config;

import nl.contractledger.projections.batch.ProjectionBatch;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LiveBatchesTest {

    private final LiveBatches liveBatches = new LiveBatches();
    private final List<Object> batchesSeen = new ArrayList<>();
    private int flushes;

    @Test
    void givenABatchOfEvents_whenItIsHandled_thenOneProjectionBatchHoldsThemAllAndIsWrittenOnceAtCommit() throws Exception {
        handle(events(1, 3), position -> false);

        assertThat(batchesSeen).hasSize(3).doesNotContainNull();
        assertThat(batchesSeen).containsOnly(batchesSeen.get(0));
        assertThat(flushes).isEqualTo(1);
        assertThat(ProjectionBatch.current()).as("closed after the unit of work").isEmpty();
    }

    @Test
    void givenABatchThatFailed_whenItIsHandledAgain_thenItGoesEventByEventThroughItsLastEventAndLaterBatchesAreBatchedAgain() throws Exception {
        assertThatThrownBy(() -> handle(events(1, 3), position -> position == 2))
                .hasMessageContaining("a handler failed in this projection batch");
        assertThat(flushes).as("a failed batch is not written").isZero();
        assertThat(ProjectionBatch.current()).isEmpty();

        batchesSeen.clear();
        handle(events(1, 3), position -> false);
        assertThat(batchesSeen).as("handled again event by event").containsOnlyNulls().hasSize(3);

        batchesSeen.clear();
        handle(events(4, 5), position -> false);
        assertThat(batchesSeen).hasSize(2).doesNotContainNull();
        assertThat(flushes).isEqualTo(1);
    }

    @Test
    void givenAWriteThatFailsAtTheEndOfTheBatch_whenItIsHandledAgain_thenItGoesEventByEvent() throws Exception {
        ProjectionBatch.Pending failingWrite = () -> {
            throw new IllegalStateException("a row in the way");
        };
        assertThatThrownBy(() -> handle(events(7, 8), position -> false, failingWrite)).hasMessage("a row in the way");

        batchesSeen.clear();
        handle(events(7, 9), position -> false);
        assertThat(batchesSeen).containsOnlyNulls().hasSize(3);
    }

    private interface Failing {
        boolean at(long position);
    }

    private void handle(List<EventMessage<?>> events, Failing failing) throws Exception {
        handle(events, failing, () -> flushes++);
    }

    /** As a pooled processor does: one unit of work for the batch, the interceptor around each event's handlers. */
    private void handle(List<EventMessage<?>> events, Failing failing, ProjectionBatch.Pending write) throws Exception {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(events);
        MessageHandler<EventMessage<?>> handlers = event -> {
            ProjectionBatch batch = ProjectionBatch.current().orElse(null);
            batchesSeen.add(batch);
            if (batch != null) {
                batch.state(this, () -> write);
            }
            if (failing.at(((GenericTrackedEventMessage<?>) event).trackingToken().position().orElseThrow())) {
                // as SavepointPerEvent does before the dead-letter queue takes the failure and the batch goes on
                batch.fail();
            }
            return null;
        };
        unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(unitOfWork, List.of(liveBatches), handlers).proceed());
        if (unitOfWork.getExecutionResult().isExceptionResult()) {
            throw (Exception) unitOfWork.getExecutionResult().getExceptionResult();
        }
    }

    private static List<EventMessage<?>> events(long first, long last) {
        return LongStream.rangeClosed(first, last)
                .<EventMessage<?>>mapToObj(position -> new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position),
                        GenericEventMessage.asEventMessage("event " + position)))
                .toList();
    }
}
