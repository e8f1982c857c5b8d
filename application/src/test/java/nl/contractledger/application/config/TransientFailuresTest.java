package nl.contractledger.application.config;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.UncategorizedSQLException;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransientFailuresTest {

    private final TransientFailures policy = new TransientFailures();

    @Test
    void givenALockNotGrantedInTime_whenClassified_thenItPassesByItselfHoweverItIsWrapped() {
        assertThat(TransientFailures.isTransient(new CannotAcquireLockException("lock"))).isTrue();
        assertThat(TransientFailures.isTransient(new IllegalStateException(new SQLTimeoutException("Timeout trying to lock table", "HYT00"))))
                .as("H2's lock timeout, unwrapped by Spring").isTrue();
        SQLException postgres = new SQLException("canceling statement due to lock timeout", "55P03");
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "55P03", 0, new int[0], postgres);
        assertThat(TransientFailures.isTransient(new UncategorizedSQLException("insert", "INSERT", batch)))
                .as("PostgreSQL's lock timeout in a batch, which Spring leaves uncategorised").isTrue();
    }

    @Test
    void givenAConnectionLostADeadlockOrAServerShuttingDown_whenClassified_thenTheyPassByThemselves() {
        assertThat(TransientFailures.isTransient(new SQLException("I/O error", "08006"))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("deadlock detected", "40P01"))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("could not serialize access", "40001"))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("terminating connection due to administrator command", "57P01")))
                .isTrue();
    }

    @Test
    void givenAFaultInTheDataOrTheCode_whenClassified_thenItDoesNotPassByItself() {
        assertThat(TransientFailures.isTransient(new DuplicateKeyException("pk_contract_index"))).isFalse();
        assertThat(TransientFailures.isTransient(new DataIntegrityViolationException("null", new SQLException("null", "23502"))))
                .isFalse();
        assertThat(TransientFailures.isTransient(new IllegalStateException("no such segment"))).isFalse();
        assertThat(TransientFailures.isTransient(new SQLException("no SQL state"))).isFalse();
    }

    @Test
    void givenCausesThatLoop_whenClassified_thenTheAnswerComes() {
        LoopingFailure first = new LoopingFailure();
        LoopingFailure second = new LoopingFailure();
        first.next = second;
        second.next = first;
        assertThat(TransientFailures.isTransient(first)).isFalse();
    }

    @Test
    void givenATransientFailure_whenTheDeadLetterIsDecided_thenItIsThrownOnNotEnqueued() {
        CannotAcquireLockException lock = new CannotAcquireLockException("lock");
        assertThatThrownBy(() -> policy.decide(letter(lock), lock)).isSameAs(lock);
        SQLException checked = new SQLException("lost", "08003");
        assertThatThrownBy(() -> policy.decide(letter(checked), checked)).hasCause(checked);
    }

    @Test
    void givenAnyOtherFailure_whenTheDeadLetterIsDecided_thenItIsEnqueuedWithItsCause() {
        IllegalStateException fault = new IllegalStateException("no such segment");
        EnqueueDecision<EventMessage<?>> decision = policy.decide(letter(fault), fault);
        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.enqueueCause()).hasValueSatisfying(cause -> assertThat(cause.getMessage()).isEqualTo("no such segment"));
    }

    private static DeadLetter<EventMessage<?>> letter(Throwable cause) {
        return new GenericDeadLetter<>("contract-1", GenericEventMessage.asEventMessage("published"), cause);
    }

    private static final class LoopingFailure extends RuntimeException {
        private Throwable next;

        @Override
        public synchronized Throwable getCause() {
            return next;
        }
    }
}
