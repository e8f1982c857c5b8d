package nl.contractledger.projections.document;

import nl.contractledger.projections.asof.AsOfFold;
import nl.contractledger.projections.asof.Evolver;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an aggregate's view: the read model's document now, or — with {@code asOf} — the fold of the
 * events recorded up to that instant by the same evolver that builds the document, starting from the
 * latest {@linkplain ViewCheckpoints checkpoint} recorded by then.
 */
@Component
public class ViewReader {

    private final DocumentStore documents;
    private final ViewCheckpoints checkpoints;
    private final AsOfFold asOfFold;

    public ViewReader(DocumentStore documents, ViewCheckpoints checkpoints, AsOfFold asOfFold) {
        this.documents = documents;
        this.checkpoints = checkpoints;
        this.asOfFold = asOfFold;
    }

    public <V> Optional<V> read(String kind, String id, String streamKey, Class<V> type, Evolver<V> evolver,
                                Instant asOf) {
        if (asOf == null) {
            return documents.load(kind, id, type).map(Stored::document);
        }
        return Optional.ofNullable(readAll(kind, Map.of(id, streamKey), type, evolver, asOf).get(id));
    }

    /**
     * By id, the views of the aggregates with these ids (each given with its stream key), now or as recorded at
     * {@code asOf}: every fold from its latest checkpoint, all from one read of their events. An aggregate with no
     * view (then) is absent.
     */
    public <V> Map<String, V> readAll(String kind, Map<String, String> streamKeys, Class<V> type, Evolver<V> evolver,
                                      Instant asOf) {
        if (asOf == null) {
            return documents.loadAll(kind, streamKeys.keySet(), type);
        }
        Map<String, ViewCheckpoints.Checkpoint<V>> latest = checkpoints.latestOfEach(kind, streamKeys.keySet(), asOf, type);
        Map<String, AsOfFold.Start<V>> starts = new HashMap<>();
        streamKeys.forEach((id, stream) -> {
            ViewCheckpoints.Checkpoint<V> checkpoint = latest.get(id);
            starts.put(stream, checkpoint == null ? AsOfFold.Start.fromFirstEvent()
                    : new AsOfFold.Start<>(checkpoint.document(), checkpoint.version() + 1));
        });
        Map<String, V> folded = asOfFold.foldAll(starts, asOf, evolver);
        Map<String, V> views = new HashMap<>();
        streamKeys.forEach((id, stream) -> {
            V view = folded.get(stream);
            if (view != null) {
                views.put(id, view);
            }
        });
        return views;
    }

    public <V> List<V> all(String kind, Class<V> type) {
        return documents.all(kind, type);
    }
}
