package nl.contractledger.application.web.query;

import nl.contractledger.application.readmodel.ReadModels;
import nl.contractledger.application.web.HistoryResponse;
import nl.contractledger.application.web.command.Answers;
import nl.contractledger.projections.history.EventHistory;
import nl.contractledger.projections.history.HistoryEntry;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;

/**
 * How every aggregate view is read: wait for {@code minPosition}, answer now or {@code asOf} an
 * instant, {@code 404} when there is nothing, and the aggregate version as {@code ETag}; and how
 * every history is read.
 */
@Component
public class Reads {

    private final ReadModels readModels;
    private final EventHistory history;

    Reads(ReadModels readModels, EventHistory history) {
        this.readModels = readModels;
        this.history = history;
    }

    /**
     * @param what     the kind of thing, for the 404 ("tender")
     * @param finder   finds the view by id, now (instant null) or as recorded at the instant
     * @param version  the view's aggregate version
     */
    public <V> ResponseEntity<V> view(String readModel, String what, String id, String asOf, Long minPosition,
                                      BiFunction<String, Instant, Optional<V>> finder, ToLongFunction<V> version) {
        Instant instant = AsOf.parse(asOf);
        readModels.awaitPosition(readModel, minPosition);
        V view = finder.apply(id, instant).orElseThrow(() -> NotFound.of(what, id, instant));
        return ResponseEntity.ok().eTag(Answers.etag(version.applyAsLong(view))).body(view);
    }

    /** Every recorded event of the stream, oldest first; {@code 404} when there is none. */
    public HistoryResponse history(String what, String id, String streamKey) {
        List<HistoryEntry> events = history.of(streamKey);
        if (events.isEmpty()) {
            throw NotFound.of(what, id, null);
        }
        return new HistoryResponse(id, events);
    }
}
