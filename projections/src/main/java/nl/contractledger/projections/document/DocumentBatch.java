package nl.contractledger.projections.document;

import nl.contractledger.projections.batch.ProjectionBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The documents a rebuild batch read and changed and the checkpoints it kept, written out at its end in JDBC batches. */
final class DocumentBatch implements ProjectionBatch.Pending {

    private record Key(String kind, String id) {
    }

    private record Changed(Object document, long version, long position) {
    }

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final ViewCheckpoints checkpoints;
    private final Map<Key, Optional<Stored<?>>> read = new HashMap<>();
    private final Map<Key, Changed> changed = new LinkedHashMap<>();
    private final List<ViewCheckpoints.Kept> kept = new ArrayList<>();

    DocumentBatch(JdbcTemplate jdbc, JsonMapper json, ViewCheckpoints checkpoints) {
        this.jdbc = jdbc;
        this.json = json;
        this.checkpoints = checkpoints;
    }

    @SuppressWarnings("unchecked")
    <T> Optional<Stored<T>> load(String kind, String id, Supplier<Optional<Stored<T>>> database) {
        Key key = new Key(kind, id);
        Changed latest = changed.get(key);
        if (latest != null) {
            return Optional.of(new Stored<>((T) latest.document(), latest.version()));
        }
        return (Optional<Stored<T>>) (Optional<?>) read.computeIfAbsent(key,
                ignored -> (Optional<Stored<?>>) (Optional<?>) database.get());
    }

    void save(String kind, String id, Object document, long version, long position) {
        changed.put(new Key(kind, id), new Changed(document, version, position));
    }

    void keep(ViewCheckpoints.Kept checkpoint) {
        kept.add(checkpoint);
    }

    @Override
    public void flush() {
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        changed.forEach((key, document) -> {
            String text = json.writeValueAsString(document.document());
            if (read.getOrDefault(key, Optional.empty()).isPresent()) {
                updates.add(new Object[]{text, document.version(), document.position(), key.kind(), key.id()});
            } else {
                inserts.add(new Object[]{key.kind(), key.id(), text, document.version(), document.position()});
            }
        });
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO read_document (kind, id, document, version, last_position) VALUES (?, ?, ?, ?, ?)",
                    inserts);
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("UPDATE read_document SET document = ?, version = ?, last_position = ? WHERE kind = ? AND id = ?",
                    updates);
        }
        checkpoints.saveAll(kept);
    }
}
