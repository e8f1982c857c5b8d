package nl.contractledger.projections.document;

import nl.contractledger.projections.InLists;
import nl.contractledger.projections.asof.Evolver;
import nl.contractledger.projections.asof.RecordedBy;
import nl.contractledger.projections.batch.ProjectionBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read models kept as JSON documents in {@code read_document}, keyed by kind and id, with a
 * {@linkplain ViewCheckpoints checkpoint} every hundred events. A document is written in the transaction
 * that advances its processor's token; during a rebuild batch, once at the batch's end however many
 * events changed it.
 */
@Component
public class DocumentStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final ViewCheckpoints checkpoints;
    private final MissedEvents missed;
    private final JsonMapper json;

    public DocumentStore(JdbcClient jdbc, JdbcTemplate batches, ViewCheckpoints checkpoints, MissedEvents missed) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.checkpoints = checkpoints;
        this.missed = missed;
        this.json = Documents.mapper();
    }

    public <T> Optional<Stored<T>> load(String kind, String id, Class<T> type) {
        Optional<DocumentBatch> batch = batch();
        if (batch.isPresent()) {
            return batch.get().load(kind, id, () -> read(kind, id, type));
        }
        return read(kind, id, type);
    }

    private Optional<DocumentBatch> batch() {
        return ProjectionBatch.current().map(current -> current.state(this, () -> new DocumentBatch(batches, json, checkpoints)));
    }

    private <T> Optional<Stored<T>> read(String kind, String id, Class<T> type) {
        return jdbc.sql("SELECT document, version FROM read_document WHERE kind = :kind AND id = :id")
                .param("kind", kind).param("id", id)
                .query((row, index) -> new Stored<>(json.readValue(row.getString("document"), type),
                        row.getLong("version")))
                .optional();
    }

    /**
     * The document of the kind with this id, as committed (never from a rebuild's batch: for reads), with the sequence
     * number of the last event its aggregate's stream holds, in one query; empty when there is no document.
     */
    public <T> Optional<Followed<T>> loadFollowed(String kind, String id, String streamKey, Class<T> type) {
        return jdbc.sql("""
                        SELECT d.document, d.version,
                               (SELECT MAX(e.sequence_number) FROM domain_event_entry e
                                WHERE e.aggregate_identifier = :stream) AS last_sequence
                        FROM read_document d WHERE d.kind = :kind AND d.id = :id""")
                .param("stream", streamKey).param("kind", kind).param("id", id)
                .query((row, index) -> new Followed<>(new Stored<>(json.readValue(row.getString("document"), type),
                        row.getLong("version")), row.getObject("last_sequence") == null ? null : row.getLong("last_sequence")))
                .optional();
    }

    /**
     * A document with the sequence number of the last event its aggregate has recorded (null when none): it lags
     * behind its stream while its read model has not handled that event yet.
     */
    public record Followed<T>(Stored<T> stored, Long lastRecorded) {

        public boolean behind() {
            return lastRecorded != null && lastRecorded > stored.version();
        }
    }

    /**
     * By id, the documents of the kind with these ids, as committed (never from a rebuild's batch: for reads); one
     * query per {@value InLists#SIZE} ids.
     */
    public <T> Map<String, T> loadAll(String kind, Collection<String> ids, Class<T> type) {
        Map<String, T> documents = new HashMap<>();
        for (List<String> some : InLists.of(ids)) {
            jdbc.sql("SELECT id, document FROM read_document WHERE kind = :kind AND id IN (:ids)")
                    .param("kind", kind).param("ids", some)
                    .query(row -> {
                        documents.put(row.getString("id"), json.readValue(row.getString("document"), type));
                    });
        }
        return documents;
    }

    /**
     * By id, the documents of the kind whose last event was recorded by the instant, with their versions: each is
     * then the view as recorded at the instant up to that event, as a checkpoint at its version would be (one query,
     * the last event found by the document's position; a document whose last event came later is not read).
     */
    public <T> Map<String, Stored<T>> recordedBy(String kind, Map<String, String> streamKeys, Instant asOf, Class<T> type) {
        RecordedBy recordedBy = new RecordedBy(asOf);
        Map<String, Stored<T>> documents = new HashMap<>();
        for (List<String> some : InLists.of(streamKeys.keySet())) {
            jdbc.sql("""
                            SELECT d.id, d.version, e.aggregate_identifier, e.sequence_number, e.time_stamp,
                                   CASE WHEN e.time_stamp < :beforeSecond THEN d.document END AS document
                            FROM read_document d JOIN domain_event_entry e ON e.global_index = d.last_position
                            WHERE d.kind = :kind AND d.id IN (:ids)""")
                    .param("beforeSecond", recordedBy.beforeSecond()).param("kind", kind).param("ids", some)
                    .query(row -> {
                        String id = row.getString("id");
                        String document = row.getString("document");
                        long version = row.getLong("version");
                        if (document != null && row.getString("aggregate_identifier").equals(streamKeys.get(id))
                                && row.getLong("sequence_number") == version && recordedBy.includes(row.getString("time_stamp"))) {
                            T view = json.readValue(document, type);
                            if (view != null) {
                                documents.put(id, new Stored<>(view, version));
                            }
                        }
                    });
        }
        return documents;
    }

    /** The ids of every document of the kind. */
    public List<String> ids(String kind) {
        return jdbc.sql("SELECT id FROM read_document WHERE kind = :kind").param("kind", kind).query(String.class).list();
    }

    public <T> List<T> all(String kind, Class<T> type) {
        return jdbc.sql("SELECT document FROM read_document WHERE kind = :kind ORDER BY id")
                .param("kind", kind)
                .query((row, index) -> json.readValue(row.getString("document"), type))
                .list();
    }

    /** Inserts or replaces the document; {@code existed} says which, as the caller loaded it. */
    public void save(String kind, String id, Object document, long version, long position, boolean existed) {
        Optional<DocumentBatch> batch = batch();
        if (batch.isPresent()) {
            batch.get().save(kind, id, document, version, position);
            return;
        }
        String text = json.writeValueAsString(document);
        String sql = existed
                ? "UPDATE read_document SET document = :document, version = :version, last_position = :position "
                  + "WHERE kind = :kind AND id = :id"
                : "INSERT INTO read_document (kind, id, document, version, last_position) "
                  + "VALUES (:kind, :id, :document, :version, :position)";
        jdbc.sql(sql).param("kind", kind).param("id", id).param("document", text)
                .param("version", version).param("position", position)
                .update();
    }

    /**
     * Evolves one document with an event of its aggregate and saves it, unless the document already holds
     * that event's sequence number (a redelivered event). The aggregate's sequence decides, not the global
     * position: an event committed late by a concurrent writer is delivered with the position of a later one.
     * A document more than one version behind the event has missed the events between ({@link MissedEvents}).
     * Answers whether it was applied.
     */
    public <V> boolean apply(String kind, String id, Class<V> type, Evolver<V> evolver, Object event,
                             long sequence, Instant recordedAt, long position) {
        Optional<Stored<V>> stored = load(kind, id, type);
        if (stored.isPresent() && stored.get().version() >= sequence) {
            return false;
        }
        if (stored.isPresent() && sequence > stored.get().version() + 1) {
            missed.record(new MissedEvents.Missed(kind, id, stored.get().version(), sequence, position));
        }
        V view = evolver.evolve(stored.map(Stored::document).orElse(null), event, sequence, recordedAt);
        save(kind, id, view, sequence, position, stored.isPresent());
        if (view != null && ViewCheckpoints.due(sequence)) {
            keep(new ViewCheckpoints.Kept(kind, id, sequence, recordedAt, json.writeValueAsString(view)));
        }
        return true;
    }

    private void keep(ViewCheckpoints.Kept checkpoint) {
        Optional<DocumentBatch> batch = batch();
        if (batch.isPresent()) {
            batch.get().keep(checkpoint);
        } else {
            checkpoints.save(checkpoint);
        }
    }

    /** Removes every document of the kind and its checkpoints, before a rebuild. */
    public void deleteAll(String kind) {
        jdbc.sql("DELETE FROM read_document WHERE kind = :kind").param("kind", kind).update();
        checkpoints.deleteAll(kind);
        missed.cleared(kind);
    }
}
