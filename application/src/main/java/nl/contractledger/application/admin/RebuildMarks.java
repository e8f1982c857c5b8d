package nl.contractledger.application.admin;

import nl.contractledger.application.readmodel.ReadModels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Which read models are being rebuilt from the first event, on any node ({@code read_model_rebuild}): a read model is
 * marked with the head of the store in the transaction that sets its tokens back to the start, and is being rebuilt
 * until it has passed that position, whichever node's rebuild or processor takes it there (a rebuild that a crash or
 * a failure cut off goes on through the processors). A mark passed is removed. Every list asks, so each node reads
 * the marks at most every {@link #FRESH}.
 * <p>
 * While a node rebuilds a read model, the mark names it ({@code rebuilt_by}) and the node renews it every second
 * ({@code alive_at}); the other nodes step aside while it is {@linkplain #ALIVE_FOR alive} ({@link RebuildsAcrossNodes}).
 */
@Component
class RebuildMarks {

    static final Duration FRESH = Duration.ofMillis(250);
    /** How long a rebuild's mark counts as alive after its node last renewed it: then the node is taken for dead. */
    static final Duration ALIVE_FOR = Duration.ofSeconds(15);

    private record Read(long atNanos, Map<String, Long> untilPositions) {
    }

    private final JdbcClient jdbc;
    private final ReadModels readModels;
    private volatile Read last;

    RebuildMarks(JdbcClient jdbc, ReadModels readModels) {
        this.jdbc = jdbc;
        this.readModels = readModels;
    }

    /**
     * Marks the read model as rebuilt up to the head of the store now, in the caller's transaction, by the node named
     * (null: by its processors, wherever they run).
     */
    void mark(String readModel, String rebuiltBy) {
        long untilPosition = readModels.head();
        jdbc.sql("DELETE FROM read_model_rebuild WHERE processor_name = :name").param("name", readModel).update();
        jdbc.sql("INSERT INTO read_model_rebuild (processor_name, until_position, rebuilt_by, alive_at) VALUES (:name, :until, :node, :at)")
                .param("name", readModel).param("until", untilPosition).param("node", rebuiltBy)
                .param("at", rebuiltBy == null ? null : System.currentTimeMillis()).update();
        last = null;
    }

    /** Marks the read model as {@link #mark}, unless a node other than this one is rebuilding it. */
    void markUnlessRebuiltElsewhere(String readModel, String node) {
        if (!rebuiltElsewhere(node).containsKey(readModel)) {
            mark(readModel, null);
        }
    }

    /**
     * Takes the marked read model's rebuild for this node, unless another node's is alive; answers whether it did.
     */
    boolean take(String readModel, String node) {
        long now = System.currentTimeMillis();
        return jdbc.sql("""
                        UPDATE read_model_rebuild SET rebuilt_by = :node, alive_at = :now
                        WHERE processor_name = :name AND (rebuilt_by IS NULL OR rebuilt_by = :node OR alive_at < :stale)""")
                .param("node", node).param("now", now).param("stale", now - ALIVE_FOR.toMillis()).param("name", readModel)
                .update() == 1;
    }

    /** This node is still rebuilding these read models. */
    void alive(Collection<String> readModels, String node) {
        if (!readModels.isEmpty()) {
            jdbc.sql("UPDATE read_model_rebuild SET alive_at = :now WHERE rebuilt_by = :node AND processor_name IN (:names)")
                    .param("now", System.currentTimeMillis()).param("node", node).param("names", readModels).update();
        }
    }

    /** This node's rebuild of these read models has ended, done or not: the marks stay until they are passed. */
    void ended(Collection<String> readModels, String node) {
        if (!readModels.isEmpty()) {
            jdbc.sql("UPDATE read_model_rebuild SET rebuilt_by = NULL, alive_at = NULL WHERE rebuilt_by = :node AND processor_name IN (:names)")
                    .param("node", node).param("names", readModels).update();
        }
    }

    /** By read model, the other nodes whose rebuild of it is alive. */
    Map<String, String> rebuiltElsewhere(String node) {
        Map<String, String> elsewhere = new HashMap<>();
        jdbc.sql("SELECT processor_name, rebuilt_by FROM read_model_rebuild WHERE rebuilt_by <> :node AND alive_at >= :stale")
                .param("node", node).param("stale", staleBefore())
                .query(row -> {
                    elsewhere.put(row.getString("processor_name"), row.getString("rebuilt_by"));
                });
        return elsewhere;
    }

    /**
     * The position the read model's rebuild runs to, while it has not passed it; empty when it is not being rebuilt.
     * A mark passed is removed, unless a node's rebuild named in it is alive: a rebuild marks the read model before it
     * claims the tokens, so its mark is passed until it has set them back, and the other nodes must keep seeing it.
     */
    OptionalLong until(String readModel) {
        Long until = marks().get(readModel);
        if (until == null) {
            return OptionalLong.empty();
        }
        if (readModels.position(readModel) >= until) {
            int removed = jdbc.sql("""
                            DELETE FROM read_model_rebuild WHERE processor_name = :name AND until_position = :until
                            AND (rebuilt_by IS NULL OR alive_at < :stale)""")
                    .param("name", readModel).param("until", until).param("stale", staleBefore()).update();
            if (removed > 0) {
                last = null;
            }
            return OptionalLong.empty();
        }
        return OptionalLong.of(until);
    }

    private static long staleBefore() {
        return System.currentTimeMillis() - ALIVE_FOR.toMillis();
    }

    private Map<String, Long> marks() {
        Read read = last;
        if (read == null || System.nanoTime() - read.atNanos() > FRESH.toNanos()) {
            Map<String, Long> untilPositions = new HashMap<>();
            jdbc.sql("SELECT processor_name, until_position FROM read_model_rebuild")
                    .query(row -> {
                        untilPositions.put(row.getString("processor_name"), row.getLong("until_position"));
                    });
            read = new Read(System.nanoTime(), Map.copyOf(untilPositions));
            last = read;
        }
        return read.untilPositions();
    }
}
