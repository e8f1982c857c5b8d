package nl.contractledger.application.audit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 10,000 events written by 16 writers while the sealer follows: each sealed once, in position order. Positions left
 * empty by inserts that rolled back are waited out together, not one after another.
 */
abstract class ConcurrentSealingContract {

    protected abstract AuditBench newBench(Duration gapTimeout);

    protected void cleanUp() {
    }

    @Test
    void givenSixteenConcurrentWriters_whenTheSealerFollows_thenEveryEventIsSealedOnceInPositionOrder() throws Exception {
        AuditBench bench = newBench(Duration.ofSeconds(60));
        try {
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(17);
            Future<?> sealing = pool.submit(() -> {
                while (writing.get()) {
                    bench.sealer.sealAvailable();
                }
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int writer = 0; writer < 16; writer++) {
                writers.add(pool.submit(() -> bench.appendMany(625)));
            }
            for (Future<?> writer : writers) {
                writer.get(5, TimeUnit.MINUTES);
            }
            writing.set(false);
            sealing.get(1, TimeUnit.MINUTES);
            pool.shutdown();
            // a call seals one batch; the sealer may have fallen more than a batch behind fast writers
            for (long head = -1, next = bench.sealer.sealAvailable(); next != head; next = bench.sealer.sealAvailable()) {
                head = next;
            }

            assertThat(bench.sealedPositions()).containsExactlyElementsOf(LongStream.rangeClosed(1, 10_000).boxed().toList());
            Verification verification = bench.verifier.verify();
            assertThat(verification.ok()).isTrue();
            assertThat(verification.verifiedThroughPosition()).isEqualTo(10_000);
        } finally {
            cleanUp();
        }
    }

    @Test
    void givenTwoNodesOnOneDatabase_whenBothSealAndSignCheckpointsAtOnce_thenNoneFailsAndEveryCheckpointVerifies()
            throws Exception {
        AuditBench bench = newBench(Duration.ofSeconds(60));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            AuditBench.Node other = bench.anotherNode();
            for (int round = 0; round < 20; round++) {
                bench.appendMany(150);
                CyclicBarrier together = new CyclicBarrier(4);
                List<Callable<Object>> nodes = List.of(
                        () -> awaiting(together, bench.sealer::sealAvailable),
                        () -> awaiting(together, other.sealer()::sealAvailable),
                        () -> awaiting(together, bench.checkpoints::takeAtHead),
                        () -> awaiting(together, other.checkpoints()::takeAtHead));
                for (Future<Object> run : pool.invokeAll(nodes)) {
                    run.get(1, TimeUnit.MINUTES);
                }
            }

            assertThat(bench.seals.head().position()).isEqualTo(3_000);
            Verification verification = bench.verifier.verify();
            assertThat(verification.ok()).as(verification.toString()).isTrue();
            assertThat(verification.verifiedThroughPosition()).isEqualTo(3_000);
            // a checkpoint signed before the first seal signs the empty chain, position 0, which no event verifies
            List<Long> signed = bench.checkpoints.all().stream().map(Checkpoint::position).filter(position -> position > 0).toList();
            assertThat(signed).hasSizeGreaterThanOrEqualTo(20);
            assertThat(verification.checkpointsVerified()).isEqualTo(signed.size());
        } finally {
            pool.shutdown();
            cleanUp();
        }
    }

    private static Object awaiting(CyclicBarrier together, Callable<Object> work) throws Exception {
        together.await(1, TimeUnit.MINUTES);
        return work.call();
    }

    @Test
    void givenMoreThanABatchCommitted_whenTheScheduledSealerRuns_thenItSealsThemAllInBatchesOfTheirOwn() {
        AuditBench bench = newBench(Duration.ofSeconds(60));
        try {
            bench.appendMany(3_500);

            bench.sealer.sealOnSchedule();

            assertThat(bench.seals.head().position()).as("four batches of at most 1,000 in one scheduled run").isEqualTo(3_500);
            assertThat(bench.verifier.verify().verifiedThroughPosition()).isEqualTo(3_500);
        } finally {
            cleanUp();
        }
    }

    @Test
    void givenInsertsThatRolledBackAcrossSeveralBatches_whenTheirPositionsStayedEmptyForTheTimeout_thenEachBatchIsSealedInOneRun()
            throws InterruptedException {
        Duration gapTimeout = Duration.ofSeconds(1);
        AuditBench bench = newBench(gapTimeout);
        try {
            for (int gap = 0; gap < 20; gap++) {
                bench.appendMany(120);
                bench.appendRolledBack();
            }
            bench.appendMany(120);
            long last = bench.lastPosition();
            assertThat(last).as("each rollback left its position empty").isEqualTo(20 * 121 + 120);

            assertThat(bench.sealer.sealAvailable()).as("halts at the first empty position").isEqualTo(120);
            assertThat(bench.sealer.sealAvailable()).as("still halts within the timeout").isEqualTo(120);
            Thread.sleep(gapTimeout.plusMillis(100).toMillis());
            // a run seals one batch of 1,000 events: three runs hold the 2,520 events, whatever the gaps among them
            for (int run = 0; run < 3; run++) {
                bench.sealer.sealAvailable();
            }

            assertThat(bench.seals.head().position()).isEqualTo(last);
            assertThat(bench.sealedPositions()).hasSize(21 * 120);
            Verification verification = bench.verifier.verify();
            assertThat(verification.ok()).as(verification.toString()).isTrue();
            assertThat(verification.verifiedThroughPosition()).isEqualTo(last);
        } finally {
            cleanUp();
        }
    }

    @Test
    void givenAnInsertCommittedAfterTheSealerPassedItsEmptyPosition_whenVerified_thenItIsNamedAndTheChainVerifiesAroundIt()
            throws InterruptedException {
        Duration gapTimeout = Duration.ofMillis(300);
        AuditBench bench = newBench(gapTimeout);
        try {
            bench.appendMany(10);
            bench.appendRolledBack();
            bench.appendMany(10);
            assertThat(bench.sealer.sealAvailable()).as("halts at the empty position 11").isEqualTo(10);
            Thread.sleep(gapTimeout.plusMillis(100).toMillis());
            assertThat(bench.sealer.sealAvailable()).isEqualTo(21);
            bench.checkpoints.takeAtHead();

            bench.appendAt(11, "region:late");

            Verification verification = bench.verifier.verify();
            assertThat(verification.ok()).as("an event the chain does not cover").isFalse();
            assertThat(verification.unsealedPositions()).containsExactly(11L);
            assertThat(verification.firstBrokenPosition()).isEqualTo(11);
            assertThat(verification.reason()).contains("committed after the sealer had given up waiting for them, or inserted");
            assertThat(verification.verifiedThroughPosition()).as("verified on around it").isEqualTo(21);
            assertThat(bench.checkpoints.all()).extracting(Checkpoint::position).as("one after it too").contains(21L);
            assertThat(verification.checkpointsVerified()).isEqualTo(bench.checkpoints.all().size());
        } finally {
            cleanUp();
        }
    }
}
