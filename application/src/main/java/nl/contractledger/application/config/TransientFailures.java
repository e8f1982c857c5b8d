package nl.contractledger.application.config;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * A failure of the database that passes by itself: a lock not granted in time, a deadlock, a serialization
 * failure, a connection lost. It says nothing about the event being handled, so a read model does not put the
 * event in the dead-letter queue for it, where it would wait for an administrator: the failure is thrown on,
 * the batch is rolled back, and the processor, which logs it, handles the batch again once it has claimed its
 * segment anew, about a second later (event by event, see {@link LiveBatches}), and so on until the failure has
 * passed. Any other failure is dead-lettered.
 */
public final class TransientFailures implements EnqueuePolicy<EventMessage<?>> {

    private static final Set<String> TRANSIENT_STATES = Set.of("55P03", "HYT00", "HYT01", "57P01", "57P02", "57P03");

    /** Deeper than any chain of causes a driver, Spring and Axon make between them. */
    private static final int MAX_CAUSES = 16;

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (isTransient(cause)) {
            throw cause instanceof RuntimeException unchecked ? unchecked : new HandledAgainLater(cause);
        }
        return Decisions.enqueue(ThrowableCause.truncated(cause));
    }

    /**
     * Whether the failure, or one of its causes, is one that passes by itself: so classified by Spring or the
     * driver, or an {@link SQLException} whose SQL state says so (a driver's batch failure, say, which Spring
     * leaves uncategorised): a lost connection ({@code 08}), a rolled-back transaction ({@code 40}: a
     * serialization failure, a deadlock), a lock not granted in time ({@code 55P03}, {@code HYT00}), a server
     * shutting down or starting ({@code 57P01}–{@code 57P03}).
     */
    public static boolean isTransient(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof RecoverableDataAccessException
                    || cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof SQLException sql && transientState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean transientState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("40") || TRANSIENT_STATES.contains(state));
    }

    /** A checked transient failure, thrown on unchecked. */
    static final class HandledAgainLater extends RuntimeException {
        HandledAgainLater(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
