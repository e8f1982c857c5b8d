package nl.contractledger.projections.document;

import nl.contractledger.projections.asof.AsOfFold;
import nl.contractledger.projections.asof.Evolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
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
 * Reads an aggregate's view: now, the read model's document, folded with the aggregate's events it has not handled
 * yet when there are any; or — with {@code asOf} — the fold of the events recorded up to that instant by the same
 * evolver that builds the document, starting from the document itself if its last event was recorded by then, or
 * else from the latest {@linkplain ViewCheckpoints checkpoint} recorded by then. Lists now are the documents as the
 * read model holds them.
 */
@Component
public class ViewReader {

    private static final Logger LOG = LoggerFactory.getLogger(ViewReader.class);

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
            return now(kind, id, streamKey, type, evolver);
        }
        return Optional.ofNullable(readAll(kind, List.of(id), any -> streamKey, type, evolver, asOf).get(id));
    }

    /**
     * The view after every event the aggregate has recorded: its document when that holds the last one, as it does
     * unless the read model lags behind the store (a burst of writes, a rebuild under way here or on another node),
     * else the document — or, while the read model has none yet, nothing — folded with the events it lacks. So a
     * state read now never answers an older version, nor {@code 404} for an aggregate the read model has not reached.
     * Should the evolver fail on one of those events (which the read model then holds as a dead letter), the
     * answer is what the read model holds: its document, or nothing before it has one. A failing database is not
     * such an event: its error goes on to the caller.
     */
    private <V> Optional<V> now(String kind, String id, String streamKey, Class<V> type, Evolver<V> evolver) {
        Optional<DocumentStore.Followed<V>> followed = documents.loadFollowed(kind, id, streamKey, type);
        if (followed.isPresent() && !followed.get().behind()) {
            return Optional.of(followed.get().stored().document());
        }
        AsOfFold.Start<V> start = followed
                .map(document -> new AsOfFold.Start<>(document.stored().document(), document.stored().version() + 1))
                .orElseGet(AsOfFold.Start::fromFirstEvent);
        try {
            return Optional.ofNullable(asOfFold.foldAll(Map.of(streamKey, start), null, evolver).get(streamKey));
        } catch (DataAccessException unavailable) {
            throw unavailable;
        } catch (RuntimeException unfoldable) {
            // an event the evolver cannot take is the read model's dead letter too, whose alarm the operator sees
            // (ProjectionAlarms): answer what the read model holds (nothing, before its document), without a warning
            // on every read of the aggregate
            LOG.debug("{} {} read as its read model holds it: its later events could not be folded ({})",
                    kind, id, unfoldable.toString());
            return followed.map(document -> document.stored().document());
        }
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
