package nl.contractledger.projections.rebuild;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One batch of a read-model rebuild. While it runs on a thread, the read-model stores keep what they
 * read and write in memory, and write it out when the batch ends, one JDBC batch per statement, in the
 * batch's transaction. Outside a batch they read and write row by row, as events arrive.
 */
public final class RebuildBatch {

    /** What a store kept during the batch, written out at its end. */
    public interface Pending {
        void flush();
    }

    private static final ThreadLocal<RebuildBatch> CURRENT = new ThreadLocal<>();

    private final Map<Object, Pending> pending = new LinkedHashMap<>();

    private RebuildBatch() {
    }

    public static Optional<RebuildBatch> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The store's state in this batch, made on first use; states are written out in that order. */
    @SuppressWarnings("unchecked")
    public <P extends Pending> P state(Object store, Supplier<P> factory) {
        return (P) pending.computeIfAbsent(store, ignored -> factory.get());
    }

    /** Runs the work with a batch on this thread, then writes out what every store kept. */
    public static void run(Runnable work) {
        if (CURRENT.get() != null) {
            throw new IllegalStateException("a rebuild batch is already running on this thread");
        }
        RebuildBatch batch = new RebuildBatch();
        CURRENT.set(batch);
        try {
            work.run();
            batch.pending.values().forEach(Pending::flush);
        } finally {
            CURRENT.remove();
        }
    }
}
