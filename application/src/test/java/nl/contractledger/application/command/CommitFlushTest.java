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

import static java.util.concurrent.TimeUnit.NANOSECONDS;
import static org.assertj.core.api.Assertions.assertThat;

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
}
