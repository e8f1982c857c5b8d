package nl.contractledger.projections;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;

/**
 * The global position of the event being handled, as recorded by a read model row: the event's own
 * index in the store, which the event store adds to every message it streams under {@link #KEY}. The
 * tracking token is no substitute: an event committed late by a concurrent writer is delivered with the
 * token of a later one.
 */
public final class Positions {

    /** The meta-data key under which a streamed event carries its own global index. */
    public static final String KEY = "ledger.globalIndex";

    private Positions() {
    }

    public static long of(EventMessage<?> message) {
        if (message.getMetaData().get(KEY) instanceof Number own) {
            return own.longValue();
        }
        if (message instanceof TrackedEventMessage<?> tracked) {
            return of(tracked.trackingToken());
        }
        throw new IllegalStateException("event " + message.getIdentifier() + " without a position");
    }

    private static long of(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("token without position: " + token));
    }
}
