package nl.contractledger.application.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Follows the committed event log and seals each event in global order. Writers never wait for it.
 * A position that is still missing (a transaction that took its index has not committed yet) halts
 * sealing until it appears, or until {@code gapTimeout} has passed since this sealer first saw it
 * missing, after which it is taken for an insert that rolled back and skipped: the chain covers the
 * events that exist. Every missing position in the batch, and while sealing waits at one, within
 * {@link #GAP_WINDOW_BATCHES} batches of the head, is timed from when it was first seen, so gaps that
 * writers in conflict leave one after another are waited out together, not each in turn.
 */
@Component
public class Sealer {

    private static final Logger LOG = LoggerFactory.getLogger(Sealer.class);
    private static final int GAP_WINDOW_BATCHES = 10;

    private final EventRows events;
    private final Seals seals;
    private final Checkpoints checkpoints;
    private final TransactionTemplate transactions;
    private final AuditProperties properties;
    private final Clock clock;
    /** For each event that follows missing positions, when they were first seen missing. */
    private final NavigableMap<Long, Instant> gapsFirstSeen = new TreeMap<>();

    Sealer(EventRows events, Seals seals, Checkpoints checkpoints, TransactionTemplate transactions,
           AuditProperties properties) {
        this.events = events;
        this.seals = seals;
        this.checkpoints = checkpoints;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    /**
     * Seals a batch (in a transaction of its own), and the next while a batch was full, for at most one seal interval,
     * so that it keeps up with busy writers and still leaves the scheduler's thread to the other timers.
     */
    @Scheduled(fixedDelayString = "${ledger.audit.seal-interval:500ms}")
    void sealOnSchedule() {
        if (properties.sealerEnabled()) {
            try {
                Instant until = clock.instant().plus(properties.sealInterval());
                Sealed sealed;
                do {
                    sealed = sealBatch();
                } while (sealed.count() == properties.sealBatchSize() && clock.instant().isBefore(until));
            } catch (RuntimeException failure) {
                LOG.warn("Sealing failed; it will be tried again", failure);
            }
        }
    }

    /** Seals one batch of what has been committed since the head; answers the new head position. */
    public long sealAvailable() {
        return sealBatch().head();
    }

    /** The head after a batch, and how many events the batch sealed. */
    private record Sealed(long head, int count) {
    }

    private synchronized Sealed sealBatch() {
        return transactions.execute(status -> sealNextBatch());
    }

    private Sealed sealNextBatch() {
        Seals.Head head = seals.lockHead();
        Instant now = clock.instant();
        List<StoredEvent> batch = events.after(head.position(), properties.sealBatchSize());
        List<Long> positions = batch.stream().map(StoredEvent::position).toList();
        noteGaps(head.position(), positions, now);
        List<Seals.Seal> sealed = new ArrayList<>(batch.size());
        for (StoredEvent event : batch) {
            if (event.position() != head.position() + 1 && !gapHasTimedOut(head.position(), event.position(), now)) {
                noteGapsBeyond(positions, now);
                break;
            }
            String hash = HashChain.next(head.hash(), event);
            sealed.add(new Seals.Seal(event.position(), hash));
            head = new Seals.Head(event.position(), hash);
        }
        seals.seal(sealed, now);
        seals.moveHead(head);
        checkpoints.takeIfDue(head);
        gapsFirstSeen.headMap(head.position(), true).clear();
        return new Sealed(head.position(), sealed.size());
    }

    /**
     * Halted at a gap within a full batch: the positions of the batches after it are read too (positions only), so
     * that their gaps are timed from now, not from when sealing reaches them.
     */
    private void noteGapsBeyond(List<Long> batch, Instant now) {
        if (batch.size() == properties.sealBatchSize()) {
            long last = batch.get(batch.size() - 1);
            noteGaps(last, events.positionsAfter(last, (GAP_WINDOW_BATCHES - 1) * properties.sealBatchSize()), now);
        }
    }

    private void noteGaps(long after, List<Long> positions, Instant now) {
        long previous = after;
        for (long position : positions) {
            if (position != previous + 1) {
                gapsFirstSeen.putIfAbsent(position, now);
            }
            previous = position;
        }
    }

    private boolean gapHasTimedOut(long sealedThrough, long next, Instant now) {
        Instant firstSeen = gapsFirstSeen.getOrDefault(next, now);
        boolean timedOut = !now.isBefore(firstSeen.plus(properties.gapTimeout()));
        if (timedOut) {
            long first = sealedThrough + 1;
            String missing = first == next - 1 ? "Position " + first : "Positions " + first + " to " + (next - 1);
            LOG.info("{} stayed empty for {}; sealing goes on", missing, properties.gapTimeout());
        }
        return timedOut;
    }
}
