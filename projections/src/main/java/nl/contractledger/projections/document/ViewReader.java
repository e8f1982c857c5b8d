package nl.contractledger.projections.document;

import nl.contractledger.projections.asof.AsOfFold;
import nl.contractledger.projections.asof.Evolver;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.Optional;

/**
 * Reads an aggregate's view: the read model's document now, or — with {@code asOf} — the fold of the
 * events recorded up to that instant by the same evolver that builds the document, starting from the
 * document itself if its last event was recorded by then, or else from the latest
 * {@linkplain ViewCheckpoints checkpoint} recorded by then.
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
        return Optional.ofNullable(readAll(kind, List.of(id), any -> streamKey, type, evolver, asOf).get(id));
    }

    /**
     * By id, the views of the aggregates with these ids (each with the stream key {@code streamKeyOf} gives), now or
     * as recorded at {@code asOf}: each folded from its document, if its last event was recorded by then, or else from its latest
     * checkpoint recorded by then, all from one read of their later events (usually none for the documents). An
     * aggregate with no view (then) is absent.
     */
    public <V> Map<String, V> readAll(String kind, Collection<String> ids, Function<String, String> streamKeyOf,
                                      Class<V> type, Evolver<V> evolver, Instant asOf) {
        if (asOf == null) {
            return documents.loadAll(kind, ids, type);
        }
        Map<String, String> streamKeys = new HashMap<>();
        ids.forEach(id -> streamKeys.put(id, streamKeyOf.apply(id)));
        Map<String, Stored<V>> current = documents.recordedBy(kind, streamKeys, asOf, type);
        Set<String> older = new HashSet<>(streamKeys.keySet());
        older.removeAll(current.keySet());
        Map<String, ViewCheckpoints.Checkpoint<V>> latest = checkpoints.latestOfEach(kind, older, asOf, type);
        Map<String, AsOfFold.Start<V>> starts = new HashMap<>();
        streamKeys.forEach((id, stream) -> {
            Stored<V> document = current.get(id);
            ViewCheckpoints.Checkpoint<V> checkpoint = latest.get(id);
            starts.put(stream, document != null ? new AsOfFold.Start<>(document.document(), document.version() + 1)
                    : checkpoint != null ? new AsOfFold.Start<>(checkpoint.document(), checkpoint.version() + 1)
                    : AsOfFold.Start.fromFirstEvent());
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

    /**
     * Every view of the kind in the order of their ids, now or as recorded at {@code asOf}: then those of every
     * aggregate recorded by then, each read as {@link #readAll} reads it.
     */
    public <V> List<V> all(String kind, Function<String, String> streamKeyOf, Class<V> type, Evolver<V> evolver,
                           Instant asOf) {
        if (asOf == null) {
            return documents.all(kind, type);
        }
        return new TreeMap<>(readAll(kind, documents.ids(kind), streamKeyOf, type, evolver, asOf)).values().stream().toList();
    }
}
