package nl.contractledger.application.config;

import nl.contractledger.projections.batch.ProjectionBatch;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Handles each batch of a read model's processor as a {@link ProjectionBatch}: a document that several
 * events of the batch change is read once and written once, in the batch's transaction, with the token.
 * When the batch fails for any reason (a handler, a write at its end, the database), its transaction is
 * rolled back and the processor handles it again; this time event by event, each within a savepoint,
 * up to the last event of the failed batch, so that the failing event, and only it and its aggregate's
 * later events, goes to the dead-letter queue, as it would without batches.
 */
final class LiveBatches implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final String BATCH = LiveBatches.class.getName();

    /** Event by event through this position: the events of a batch that failed. */
    private final AtomicLong eventByEventThrough = new AtomicLong(-1);

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        OptionalLong position = positionOf(unitOfWork.getMessage());
        Batch batch = unitOfWork.root().getOrComputeResource(BATCH, ignored -> open(unitOfWork, position));
        batch.handled(position);
        return chain.proceed();
    }

    private Batch open(UnitOfWork<?> unitOfWork, OptionalLong position) {
        Batch batch = new Batch();
        if (position.isEmpty() || position.getAsLong() <= eventByEventThrough.get() || ProjectionBatch.current().isPresent()) {
            return batch;
        }
        ProjectionBatch projection = ProjectionBatch.open();
        unitOfWork.root().onPrepareCommit(committing -> projection.flush());
        unitOfWork.root().onRollback(rolledBack -> eventByEventThrough.accumulateAndGet(batch.last, Math::max));
        unitOfWork.root().onCleanup(done -> projection.close());
        return batch;
    }

    private static OptionalLong positionOf(EventMessage<?> event) {
        if (event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            return tracked.trackingToken().position();
        }
        return OptionalLong.empty();
    }

    /** The last position a unit of work handled, remembered when its projection batch rolls back. */
    private static final class Batch {
        private long last = -1;

        void handled(OptionalLong position) {
            position.ifPresent(at -> last = Math.max(last, at));
        }
    }
}
