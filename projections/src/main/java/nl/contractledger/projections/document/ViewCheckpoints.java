package nl.contractledger.projections.document;

import nl.contractledger.projections.InLists;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every hundredth state of an aggregate view, kept in {@code view_checkpoint} beside the view: the
 * evolver's own output after events 0 to 99, 0 to 199, and so on, with the instant the last of them was
 * recorded. A read as of an instant starts from the latest checkpoint recorded by then and folds at most
 * 99 events more, however long the aggregate's history.
 */
@Component
public class ViewCheckpoints {

    /** A checkpoint is kept after every this many events of an aggregate. */
    public static final int EVERY = 100;

    private static final String INSERT = "INSERT INTO view_checkpoint (kind, id, version, recorded_at_nanos, document) "
            + "VALUES (?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final JsonMapper json;

    public ViewCheckpoints(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = Documents.mapper();
    }

    /** A view as its evolver left it after the event with this sequence number. */
    public record Checkpoint<V>(V document, long version) {
    }

    /** A checkpoint to keep: the view already written as JSON, since the evolver goes on changing the object. */
    record Kept(String kind, String id, long version, Instant recordedAt, String document) {

        private Object[] row() {
            return new Object[]{kind, id, version, nanos(recordedAt), document};
        }
    }

    /** Whether the state after the event with this sequence number (the first is 0) is kept. */
    static boolean due(long sequence) {
        return (sequence + 1) % EVERY == 0;
    }

    static long nanos(Instant recordedAt) {
        return Math.addExact(Math.multiplyExact(recordedAt.getEpochSecond(), 1_000_000_000L), recordedAt.getNano());
    }

    void save(Kept checkpoint) {
        batches.update(INSERT, checkpoint.row());
    }

    void saveAll(List<Kept> checkpoints) {
        if (!checkpoints.isEmpty()) {
            batches.batchUpdate(INSERT, checkpoints.stream().map(Kept::row).toList());
        }
    }

    /**
     * By id, the latest checkpoint of each aggregate recorded at or before the instant; an aggregate without one is
     * absent. One query per {@value InLists#SIZE} ids.
     */
    public <V> Map<String, Checkpoint<V>> latestOfEach(String kind, Collection<String> ids, Instant asOf, Class<V> type) {
        Map<String, Checkpoint<V>> latest = new HashMap<>();
        for (List<String> some : InLists.of(ids)) {
            jdbc.sql("""
                            SELECT c.id, c.version, c.document FROM view_checkpoint c
                            JOIN (SELECT id, MAX(version) AS version FROM view_checkpoint
                                  WHERE kind = :kind AND id IN (:ids) AND recorded_at_nanos <= :asOf GROUP BY id) l
                              ON c.id = l.id AND c.version = l.version
                            WHERE c.kind = :kind""")
                    .param("kind", kind).param("ids", some)
                    .param("asOf", nanos(asOf))
                    .query(row -> {
                        latest.put(row.getString("id"), new Checkpoint<>(json.readValue(row.getString("document"), type),
                                row.getLong("version")));
                    });
        }
        return latest;
    }

    void deleteAll(String kind) {
        jdbc.sql("DELETE FROM view_checkpoint WHERE kind = :kind").param("kind", kind).update();
    }
}
