package nl.contractledger.application.web.query;

import nl.contractledger.application.readmodel.ReadModels;
import nl.contractledger.application.web.HistoryResponse;
import nl.contractledger.application.web.command.Answers;
import nl.contractledger.projections.history.EventHistory;
import nl.contractledger.projections.history.HistoryEntry;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;

/**
 * How every aggregate view is read: wait for {@code minPosition}, answer now or {@code asOf} an
 * instant, {@code 404} when there is nothing, and the aggregate version as {@code ETag}, and for a state as
 * recorded at an instant the position and seal of the last event it was folded from, which tie it to the
 * audit trail; and how every history is read.
 */
@Component
public class Reads {

    /** On a state as recorded at an instant: the global position of the last event it was folded from. */
    public static final String EVENT_POSITION = "Ledger-Event-Position";
    /** On a state as recorded at an instant: that event's seal in the audit trail's hash chain, once sealed. */
    public static final String EVENT_SEAL = "Ledger-Event-Seal";

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
    public <V> ResponseEntity<V> view(String readModel, String what, String id, String streamKey, String asOf,
                                      Long minPosition, BiFunction<String, Instant, Optional<V>> finder,
                                      ToLongFunction<V> version) {
        return view(readModel, what, id, streamKey, asOf, minPosition, finder, version, null);
    }

    /**
     * The same for a view described for a business day ({@code describedOn}, ADR 0021): its entity tag names the
     * day besides the version, so that a conditional read ({@code If-None-Match}) of another day's answer is answered
     * in full, not {@code 304}.
     */
    public <V> ResponseEntity<V> view(String readModel, String what, String id, String streamKey, String asOf,
                                      Long minPosition, BiFunction<String, Instant, Optional<V>> finder,
                                      ToLongFunction<V> version, LocalDate describedOn) {
        Instant instant = AsOf.parse(asOf);
        readModels.awaitPosition(readModel, minPosition);
        V view = finder.apply(id, instant).orElseThrow(() -> NotFound.of(what, id, instant));
        long sequence = version.applyAsLong(view);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .eTag(describedOn == null ? Answers.etag(sequence) : Answers.etag(sequence, describedOn));
        if (instant != null) {
            foldedThrough(answer, streamKey, sequence);
        }
        return answer.body(view);
    }

    /**
     * Names on the answer of a state as recorded at an instant the last event it was folded from, the stream's
     * event with that sequence number: its global position and, once sealed, its seal in the audit trail.
     */
    public void foldedThrough(ResponseEntity.BodyBuilder answer, String streamKey, long sequence) {
        history.sealOf(streamKey, sequence).ifPresent(sealed -> {
            answer.header(EVENT_POSITION, Long.toString(sealed.position()));
            if (sealed.seal() != null) {
                answer.header(EVENT_SEAL, sealed.seal());
            }
        });
    }

    /** Every recorded event of the stream, oldest first; {@code 404} when there is none. */
    public HistoryResponse history(String what, String id, String streamKey) {
        List<HistoryEntry> events = history.of(streamKey);
        if (events.isEmpty()) {
            throw NotFound.of(what, id, null);
        }
        return HistoryResponse.of(id, events, streamKey);
    }
}
