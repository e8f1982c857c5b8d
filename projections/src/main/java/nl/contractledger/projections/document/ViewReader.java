package nl.contractledger.projections.document;

import nl.contractledger.projections.asof.AsOfFold;
import nl.contractledger.projections.asof.Evolver;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
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
        return checkpoints.latest(kind, id, asOf, type)
                .map(checkpoint -> asOfFold.foldFrom(streamKey, asOf, evolver, checkpoint.document(), checkpoint.version() + 1))
                .orElseGet(() -> asOfFold.fold(streamKey, asOf, evolver));
    }

    public <V> List<V> all(String kind, Class<V> type) {
        return documents.all(kind, type);
    }
}
