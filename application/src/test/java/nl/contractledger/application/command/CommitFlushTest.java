package nl.contractledger.application.command;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import static java.util.concurrent.TimeUnit.NANOSECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the answers' checkpoints cost is counted, and concurrent answers share checkpoints. */
class CommitFlushTest {

    private final MeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void givenAnH2FileDatabase_whenAnAnswerAwaitsTheFlush_thenOneCheckpointAndOneWaitAreRecorded(@TempDir Path directory) {
        CommitFlush flush = new CommitFlush(h2(directory.resolve("ledger")), meters, false);

        flush.awaitFlushed();

        assertThat(meters.timer(CommitFlush.CHECKPOINTS).count()).isEqualTo(1);
        assertThat(meters.timer(CommitFlush.WAITS).count()).isEqualTo(1);
        assertThat(meters.timer(CommitFlush.WAITS).totalTime(NANOSECONDS))
                .isGreaterThanOrEqualTo(meters.timer(CommitFlush.CHECKPOINTS).totalTime(NANOSECONDS));
    }

    @Test
    void givenManyAnswersAtOnce_whenTheyAwaitTheFlush_thenEachWaitIsRecordedAndNoMoreCheckpointsThanAnswersAreTaken(
            @TempDir Path directory) throws Exception {
        CommitFlush flush = new CommitFlush(h2(directory.resolve("ledger")), meters, false);
        int answers = 16;
        ExecutorService clients = Executors.newFixedThreadPool(answers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> waiting = new ArrayList<>();
            for (int i = 0; i < answers; i++) {
                waiting.add(clients.submit(() -> {
                    start.await();
                    for (int round = 0; round < 20; round++) {
                        flush.awaitFlushed();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> answer : waiting) {
                answer.get();
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(meters.timer(CommitFlush.WAITS).count()).isEqualTo(answers * 20L);
        assertThat(meters.timer(CommitFlush.CHECKPOINTS).count()).isBetween(1L, answers * 20L);
    }

    @Test
    void givenACheckpointCoveringAnAnswer_whenALaterCheckpointBeginsBeforeTheAnswerIsWoken_thenTheAnswerReturnsWithoutWaitingForIt()
            throws Exception {
        GatedCheckpoints gates = new GatedCheckpoints();
        CommitFlush flush = new CommitFlush(true, gates, meters);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            Future<?> first = clients.submit(flush::awaitFlushed);
            gates.awaitEntered(1);
            Future<?> second = clients.submit(flush::awaitFlushed);
            Future<?> third = clients.submit(flush::awaitFlushed);
            awaitTickets(flush, 3);
            gates.open(1);
            first.get(10, SECONDS);
            gates.awaitEntered(2);
            Future<?> later = clients.submit(flush::awaitFlushed);
            awaitTickets(flush, 4);

            gates.open(2);
            second.get(10, SECONDS);
            third.get(10, SECONDS);

            assertThat(later).isNotDone();
            gates.awaitEntered(3);
            gates.open(3);
            later.get(10, SECONDS);
            assertThat(meters.timer(CommitFlush.CHECKPOINTS).count()).isEqualTo(3);
        } finally {
            gates.openAll();
            clients.shutdownNow();
        }
    }

    @Test
    void givenACheckpointThatFails_whenAnotherAnswerWaitsForIt_thenThatAnswerTakesTheNextCheckpointAndReturns()
            throws Exception {
        GatedCheckpoints gates = new GatedCheckpoints();
        gates.failFirst();
        CommitFlush flush = new CommitFlush(true, gates, meters);
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            Future<?> failing = clients.submit(flush::awaitFlushed);
            gates.awaitEntered(1);
            Future<?> waiting = clients.submit(flush::awaitFlushed);
            awaitTickets(flush, 2);

            gates.openAll();

            assertThatThrownBy(() -> failing.get(10, SECONDS)).hasRootCauseMessage("disk full");
            waiting.get(10, SECONDS);
            assertThat(gates.entered()).isEqualTo(2);
        } finally {
            gates.openAll();
            clients.shutdownNow();
        }
    }

    @Test
    void givenAnH2DatabaseInMemory_whenAnAnswerAwaitsTheFlush_thenNoCheckpointIsTaken() {
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL("jdbc:h2:mem:commit-flush-" + System.nanoTime());
        CommitFlush flush = new CommitFlush(memory, meters, false);

        flush.awaitFlushed();

        assertThat(meters.timer(CommitFlush.CHECKPOINTS).count()).isZero();
        assertThat(meters.timer(CommitFlush.WAITS).count()).isZero();
    }

    private static JdbcDataSource h2(Path file) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + file);
        dataSource.setUser("sa");
        return dataSource;
    }

    /** Waits until {@code tickets} answers have drawn their ticket, i.e. are inside {@code awaitFlushed}. */
    private static void awaitTickets(CommitFlush flush, long tickets) throws InterruptedException {
        long deadline = System.nanoTime() + SECONDS.toNanos(10);
        while (flush.ticketsDrawn() < tickets && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(flush.ticketsDrawn()).isEqualTo(tickets);
        Thread.sleep(50); // the last one has drawn its ticket; give it the moment to reach the lock
    }

    /** Checkpoints that each wait at their own gate until the test opens it. */
    private static final class GatedCheckpoints implements Runnable {
        private final List<CountDownLatch> gates = new ArrayList<>();
        private final Semaphore entries = new Semaphore(0);
        private final AtomicInteger entered = new AtomicInteger();
        private volatile boolean failFirst;
        private volatile boolean allOpen;

        GatedCheckpoints() {
            for (int i = 0; i < 10; i++) {
                gates.add(new CountDownLatch(1));
            }
        }

        @Override
        public void run() {
            int number = entered.incrementAndGet();
            entries.release();
            try {
                if (!allOpen) {
                    gates.get(number - 1).await(30, SECONDS);
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            if (failFirst && number == 1) {
                throw new IllegalStateException("disk full");
            }
        }

        void failFirst() {
            failFirst = true;
        }

        void awaitEntered(int number) throws InterruptedException {
            assertThat(entries.tryAcquire(10, SECONDS)).as("checkpoint %d began", number).isTrue();
            assertThat(entered.get()).isEqualTo(number);
        }

        void open(int number) {
            gates.get(number - 1).countDown();
        }

        void openAll() {
            allOpen = true;
            gates.forEach(CountDownLatch::countDown);
        }

        int entered() {
            return entered.get();
        }
    }
}
