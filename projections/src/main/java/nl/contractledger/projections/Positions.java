package nl.contractledger.projections;

import org.axonframework.eventhandling.TrackingToken;

/** The global position of the event being handled, as recorded by a read model row. */
public final class Positions {

    private Positions() {
    }

    public static long of(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("token without position: " + token));
    }
}
