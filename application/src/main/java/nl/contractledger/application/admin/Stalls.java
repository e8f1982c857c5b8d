package nl.contractledger.application.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which read models stand still behind the head of the store: a read model is stalled when it has been behind at
 * the same position, in every observation, for at least the given time. One that moves on, or reaches the head, starts
 * afresh. Observed on a timer ({@link ProjectionAlarms}) and whenever the health or the metrics are asked, so the
 * time counts from the first observation that found it there, at most {@code ledger.read-models.watch-every} after
 * it stopped.
 */
final class Stalls {

    private record Standing(long position, Instant since) {
    }

    private final Duration after;
    private final Map<String, Standing> behind = new ConcurrentHashMap<>();

    Stalls(Duration after) {
        this.after = after;
    }

    /** Since when the read model has stood still behind the head, if that is at least the stall time; observes it. */
    Optional<Instant> stalledSince(String readModel, long position, long head, Instant now) {
        if (position >= head) {
            behind.remove(readModel);
            return Optional.empty();
        }
        Standing standing = behind.compute(readModel, (name, seen) ->
                seen != null && seen.position() == position ? seen : new Standing(position, now));
        return Duration.between(standing.since(), now).compareTo(after) >= 0 ? Optional.of(standing.since()) : Optional.empty();
    }
}
