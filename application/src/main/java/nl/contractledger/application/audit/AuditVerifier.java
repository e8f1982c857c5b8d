package nl.contractledger.application.audit;

import org.springframework.stereotype.Component;

import java.security.PublicKey;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recomputes the hash chain from the event table and compares it, position by position, with the
 * seals and with the signed checkpoints. Finds a changed byte in an event, a deleted, inserted or
 * reordered event, and — through the checkpoints, which only the signing key can make — a seal table
 * rewritten to match tampered events. An event at a position the chain passed as empty (committed after the
 * sealer gave up waiting for it, or inserted) is named, and the chain verified on around it.
 */
@Component
public class AuditVerifier {

    private static final int PAGE = 2000;

    private final EventRows events;
    private final Seals seals;
    private final Checkpoints checkpoints;
    private final AuditKeys keys;

    AuditVerifier(EventRows events, Seals seals, Checkpoints checkpoints, AuditKeys keys) {
        this.events = events;
        this.seals = seals;
        this.checkpoints = checkpoints;
        this.keys = keys;
    }

    /** Verifies against the checkpoints stored in the system. */
    public Verification verify() {
        return verify(checkpoints.all(), keys.publicKey());
    }

    /** Verifies against the given checkpoints (for example an auditor's own copies), signed with the given key. */
    public Verification verify(List<Checkpoint> trusted, PublicKey publicKey) {
        Map<Long, Checkpoint> byPosition = new HashMap<>();
        for (Checkpoint checkpoint : trusted) {
            if (!AuditKeys.verify(publicKey, checkpoint.signedText(), checkpoint.signature())) {
                return Verification.broken(0, HashChain.GENESIS, checkpoint.position(),
                        "the signature of the checkpoint at position " + checkpoint.position() + " is not valid", 0);
            }
            byPosition.put(checkpoint.position(), checkpoint);
        }
        long sealedThrough = seals.head().position();
        return new Walk(byPosition, sealedThrough).run();
    }

    /** One pass over events and seals together, in position order. */
    private final class Walk {
        private final Map<Long, Checkpoint> checkpointsByPosition;
        private final long sealedThrough;
        private final Deque<StoredEvent> eventPage = new ArrayDeque<>();
        private final Deque<Seals.Seal> sealPage = new ArrayDeque<>();
        private long eventCursor;
        private long sealCursor;
        private long verifiedThrough;
        private String hash = HashChain.GENESIS;
        private int checkpointsVerified;
        /** Events at positions the chain links across, as the sealer passed them empty. */
        private final List<Long> unsealed = new ArrayList<>();

        Walk(Map<Long, Checkpoint> checkpointsByPosition, long sealedThrough) {
            this.checkpointsByPosition = checkpointsByPosition;
            this.sealedThrough = sealedThrough;
        }

        /** The outcome, naming the events that stand at positions the chain passed as empty. */
        Verification run() {
            Verification outcome = walk();
            if (unsealed.isEmpty()) {
                return outcome;
            }
            return outcome.ok() ? Verification.unsealed(verifiedThrough, hash, unsealed, checkpointsVerified)
                    : outcome.withUnsealed(unsealed);
        }

        private Verification walk() {
            while (true) {
                StoredEvent event = nextEvent();
                Seals.Seal seal = nextSeal();
                if (event == null && seal == null) {
                    return Verification.ok(verifiedThrough, hash, checkpointsVerified);
                }
                if (event != null && event.position() > sealedThrough && (seal == null || seal.position() > event.position())) {
                    return seal == null ? Verification.ok(verifiedThrough, hash, checkpointsVerified)
                            : broken(seal.position(), "a sealed event is missing: it was deleted");
                }
                if (seal == null || (event != null && event.position() < seal.position())) {
                    if (seal == null) {
                        return broken(event.position(), "an event without a seal lies within the sealed history, after"
                                + " its last seal: seals were deleted, or the event was inserted");
                    }
                    unsealed.add(event.position());
                    eventPage.poll();
                    continue;
                }
                if (event == null || seal.position() < event.position()) {
                    return broken(seal.position(), "a sealed event is missing: it was deleted");
                }
                String next = HashChain.next(hash, event);
                if (!next.equals(seal.hash())) {
                    return brokenAt(event);
                }
                Checkpoint checkpoint = checkpointsByPosition.get(event.position());
                if (checkpoint != null && !checkpoint.hash().equals(next)) {
                    return broken(event.position(), "the chain does not match the signed checkpoint at this position: "
                            + "events at or before it were changed and the seals rewritten");
                }
                checkpointsVerified += checkpoint == null ? 0 : 1;
                eventPage.poll();
                sealPage.poll();
                hash = next;
                verifiedThrough = event.position();
            }
        }

        /**
         * The chain broken at the event: changed, or, right after an event without a seal, not linking across that
         * event's position because its seal was deleted.
         */
        private Verification brokenAt(StoredEvent event) {
            Long skipped = unsealed.isEmpty() ? null : unsealed.get(unsealed.size() - 1);
            if (skipped != null && skipped > verifiedThrough) {
                unsealed.remove(unsealed.size() - 1);
                return broken(skipped, "the chain does not link across the event without a seal at " + skipped
                        + ": its seal was deleted, or the event at " + event.position() + " was changed");
            }
            return broken(event.position(), "the event differs from what was sealed: changed, reordered or replaced");
        }

        private Verification broken(long position, String reason) {
            return Verification.broken(verifiedThrough, hash, position, reason, checkpointsVerified);
        }

        private StoredEvent nextEvent() {
            if (eventPage.isEmpty()) {
                List<StoredEvent> page = events.after(eventCursor, PAGE);
                eventPage.addAll(page);
                if (!page.isEmpty()) {
                    eventCursor = page.get(page.size() - 1).position();
                }
            }
            return eventPage.peek();
        }

        private Seals.Seal nextSeal() {
            if (sealPage.isEmpty()) {
                List<Seals.Seal> page = seals.after(sealCursor, PAGE);
                sealPage.addAll(page);
                if (!page.isEmpty()) {
                    sealCursor = page.get(page.size() - 1).position();
                }
            }
            return sealPage.peek();
        }
    }
}
