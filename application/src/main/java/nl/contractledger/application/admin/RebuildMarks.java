package nl.contractledger.application.admin;

import nl.contractledger.application.readmodel.ReadModels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Which read models are being rebuilt from the first event, on any node ({@code read_model_rebuild}): a read model is
 * marked with the head of the store in the transaction that sets its tokens back to the start, and is being rebuilt
 * until it has passed that position, whichever node's rebuild or processor takes it there (a rebuild that a crash or
 * a failure cut off goes on through the processors). A mark passed is removed. Every list asks, so each node reads
 * the marks at most every {@link #FRESH}.
 */
@Component
class RebuildMarks {

    static final Duration FRESH = Duration.ofMillis(250);

    private record Read(long atNanos, Map<String, Long> untilPositions) {
    }

    private final JdbcClient jdbc;
    private final ReadModels readModels;
    private volatile Read last;

    RebuildMarks(JdbcClient jdbc, ReadModels readModels) {
        this.jdbc = jdbc;
        this.readModels = readModels;
    }

    /** Marks the read model as rebuilt up to the head of the store now, in the caller's transaction. */
    void mark(String readModel) {
        long untilPosition = readModels.head();
        jdbc.sql("DELETE FROM read_model_rebuild WHERE processor_name = :name").param("name", readModel).update();
        jdbc.sql("INSERT INTO read_model_rebuild (processor_name, until_position) VALUES (:name, :until)")
                .param("name", readModel).param("until", untilPosition).update();
        last = null;
    }

    /** The position the read model's rebuild runs to, while it has not passed it; empty when it is not being rebuilt. */
    OptionalLong until(String readModel) {
        Long until = marks().get(readModel);
        if (until == null) {
            return OptionalLong.empty();
        }
        if (readModels.position(readModel) >= until) {
            jdbc.sql("DELETE FROM read_model_rebuild WHERE processor_name = :name AND until_position = :until")
                    .param("name", readModel).param("until", until).update();
            last = null;
            return OptionalLong.empty();
        }
        return OptionalLong.of(until);
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
