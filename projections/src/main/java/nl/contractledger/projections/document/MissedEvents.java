package nl.contractledger.projections.document;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Events a document never took: an event of an aggregate reached its document while the document stood more than one
 * version behind it. An aggregate's events are numbered without gaps and reach its read model in that order, once
 * each (again only after a failure, when they are skipped as applied); so the versions between were never delivered,
 * or come later and will be skipped as already applied, and the document misses what they changed. That must not
 * happen; should it, it is logged and counted by document kind here (on this node, since it started or the kind was
 * last cleared for a rebuild), for the read model's health to call for the rebuild that mends it.
 */
@Component
public class MissedEvents {

    /** The document of the kind and id stood at {@code atVersion} when the event {@code sequence} of its stream came. */
    public record Missed(String kind, String id, long atVersion, long sequence, long position) {

        public String describe() {
            long missed = sequence - atVersion - 1;
            return "%s %s took event %d of its stream (position %d) at version %d: %d event%s before it never reached it"
                    .formatted(kind, id, sequence, position, atVersion, missed, missed == 1 ? "" : "s");
        }
    }

    /** How many were missed of a kind, and the last. */
    public record Tally(long count, Missed last) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(MissedEvents.class);

    private final Map<String, Tally> byKind = new ConcurrentHashMap<>();

    /** Logs and counts a document that an event found more than one version behind it. */
    public void record(Missed missed) {
        LOG.warn("Read model misses events: {}; rebuild the read model of the {} documents to mend it",
                missed.describe(), missed.kind());
        byKind.merge(missed.kind(), new Tally(1, missed), (earlier, now) -> new Tally(earlier.count() + 1, missed));
    }

    /** What documents of the kind have missed since this node started or the kind was last cleared. */
    public Optional<Tally> of(String kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    /** The kind's documents were removed for a rebuild, which gives them every event again. */
    void cleared(String kind) {
        byKind.remove(kind);
    }
}
