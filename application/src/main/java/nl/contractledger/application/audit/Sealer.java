package nl.contractledger.application.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Follows the committed event log and seals each event in global order. Writers never wait for it.
 * A position that is still missing (a transaction that took its index has not committed yet) halts
 * sealing until it appears, or until {@code gapTimeout} has passed, after which it is taken for an
 * insert that rolled back and skipped: the chain covers the events that exist.
 */
@Component
public class Sealer {

    private static final Logger LOG = LoggerFactory.getLogger(Sealer.class);

    private final EventRows events;
    private final Seals seals;
    private final Checkpoints checkpoints;
    private final TransactionTemplate transactions;
    private final AuditProperties properties;
    private final Clock clock;
    private long gapPosition = -1;
    private Instant gapSeenAt;

    Sealer(EventRows events, Seals seals, Checkpoints checkpoints, TransactionTemplate transactions,
           AuditProperties properties) {
        this.events = events;
        this.seals = seals;
        this.checkpoints = checkpoints;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    @Scheduled(fixedDelayString = "${ledger.audit.seal-interval:500ms}")
    void sealOnSchedule() {
        if (properties.sealerEnabled()) {
            try {
                sealAvailable();
            } catch (RuntimeException failure) {
                LOG.warn("Sealing failed; it will be tried again", failure);
            }
        }
    }

    /** Seals what has been committed since the head; answers the new head position. */
    public synchronized long sealAvailable() {
        Long sealedThrough = transactions.execute(status -> sealBatches());
        checkpoints.takeIfDue(sealedThrough);
        return sealedThrough;
    }

    private long sealBatches() {
        Seals.Head head = seals.lockHead();
        List<StoredEvent> batch = events.after(head.position(), properties.sealBatchSize());
        Instant now = clock.instant();
        for (StoredEvent event : batch) {
            if (event.position() != head.position() + 1 && !gapHasTimedOut(head.position() + 1, now)) {
                break;
            }
            String hash = HashChain.next(head.hash(), event);
            seals.seal(event.position(), hash, now);
            head = new Seals.Head(event.position(), hash);
        }
        seals.moveHead(head);
        return head.position();
    }

    private boolean gapHasTimedOut(long missing, Instant now) {
        if (gapPosition != missing) {
            gapPosition = missing;
            gapSeenAt = now;
            return false;
        }
        boolean timedOut = !now.isBefore(gapSeenAt.plus(properties.gapTimeout()));
        if (timedOut) {
            LOG.info("Position {} stayed empty for {}; sealing goes on without it", missing, properties.gapTimeout());
        }
        return timedOut;
    }
}
