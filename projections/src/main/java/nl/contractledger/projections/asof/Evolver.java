package nl.contractledger.projections.asof;

import java.time.Instant;

/**
 * How a view evolves with each event of its aggregate. The same function builds the live read
 * model and the state "as recorded at" a past instant, so the two can never disagree.
 *
 * @param <S> the view; {@code null} before the first event
 */
@FunctionalInterface
public interface Evolver<S> {

    S evolve(S view, Object event, long sequence, Instant recordedAt);
}
