package nl.contractledger.projections.batch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One batch of events handled by a read model, in a rebuild or as events arrive. While it is open on a
 * thread, the read-model stores keep what they read and write in memory, and write it out when the batch
 * ends, one JDBC batch per statement, in the batch's transaction. Outside a batch they read and write row
 * by row. A batch in which a handler failed refuses to write out: its transaction must be rolled back.
 */
public final class ProjectionBatch implements AutoCloseable {

    /** What a store kept during the batch, written out at its end. */
    public interface Pending {
        void flush();
    }

    private static final ThreadLocal<ProjectionBatch> CURRENT = new ThreadLocal<>();

    private final Map<Object, Pending> pending = new LinkedHashMap<>();
    private boolean failed;

    private ProjectionBatch() {
    }

    public static Optional<ProjectionBatch> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Opens a batch on this thread; {@link #flush()} writes it out and {@link #close()} ends it. */
    public static ProjectionBatch open() {
        if (CURRENT.get() != null) {
            throw new IllegalStateException("a projection batch is already open on this thread");
        }
        ProjectionBatch batch = new ProjectionBatch();
        CURRENT.set(batch);
        return batch;
    }

    /** Runs the work with a batch on this thread, then writes out what every store kept. */
    public static void run(Runnable work) {
        try (ProjectionBatch batch = open()) {
            work.run();
            batch.flush();
        }
    }

    /** The store's state in this batch, made on first use; states are written out in that order. */
    @SuppressWarnings("unchecked")
    public <P extends Pending> P state(Object store, Supplier<P> factory) {
        return (P) pending.computeIfAbsent(store, ignored -> factory.get());
    }

    /** A handler failed in this batch: what the stores kept may hold part of that event, so it is never written. */
    public void fail() {
        failed = true;
    }

    /** Writes out what every store kept, unless a handler failed. */
    public void flush() {
        if (failed) {
            throw new IllegalStateException("a handler failed in this projection batch; it is not written");
        }
        pending.values().forEach(Pending::flush);
        pending.clear();
    }

    @Override
    public void close() {
        if (CURRENT.get() == this) {
            CURRENT.remove();
        }
    }
}
