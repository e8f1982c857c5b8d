package nl.contractledger.application.config;

import nl.contractledger.projections.batch.ProjectionBatch;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Optional;

/**
 * Runs each read-model event handler within a savepoint of the batch's transaction: when it fails, its
 * own statements are rolled back and the rest of the batch (and the dead letter) is written. Not within
 * a {@link ProjectionBatch}, which keeps its writes in memory and fails as a whole: there a failed
 * handler marks the batch failed, so that it is rolled back and handled again event by event
 * ({@link LiveBatches}).
 */
public class SavepointPerEvent implements HandlerEnhancerDefinition {

    private static final String READ_MODELS = "nl.contractledger.projections";

    private final TransactionTemplate savepoint;

    SavepointPerEvent(PlatformTransactionManager transactions) {
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        Class<?> type = original.declaringClass();
        boolean readModel = original.canHandleMessageType(EventMessage.class) && type.isAnnotationPresent(ProcessingGroup.class)
                && type.getPackageName().startsWith(READ_MODELS);
        return readModel ? new Savepointed<>(original, savepoint) : original;
    }

    private static final class Savepointed<T> extends WrappedMessageHandlingMember<T> {

        private final TransactionTemplate savepoint;

        private Savepointed(MessageHandlingMember<T> delegate, TransactionTemplate savepoint) {
            super(delegate);
            this.savepoint = savepoint;
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            Optional<ProjectionBatch> batch = ProjectionBatch.current();
            if (batch.isPresent()) {
                try {
                    return super.handle(message, target);
                } catch (Exception | Error failed) {
                    batch.get().fail();
                    throw failed;
                }
            }
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                return super.handle(message, target);
            }
            try {
                return savepoint.execute(status -> {
                    try {
                        return super.handle(message, target);
                    } catch (Exception e) {
                        throw new HandlerFailed(e);
                    }
                });
            } catch (HandlerFailed failed) {
                throw failed.cause;
            }
        }
    }

    private static final class HandlerFailed extends RuntimeException {
        private final Exception cause;

        private HandlerFailed(Exception cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
