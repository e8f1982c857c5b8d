package nl.contractledger.application.admin;

import nl.contractledger.application.readmodel.ReadModelProperties;
import nl.contractledger.application.readmodel.ReadModels;
import nl.contractledger.projections.contract.ContractProjection;
import nl.contractledger.projections.document.DocumentStore;
import nl.contractledger.projections.document.MissedEvents;
import nl.contractledger.projections.provider.ProviderProjection;
import nl.contractledger.projections.region.RegionProjection;
import nl.contractledger.projections.revision.RevisionProjection;
import nl.contractledger.projections.tender.TenderProjection;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the health and the metrics watch of each read model and process: its position in the shared token store (so
 * every node tells the same), its lag behind the head of the store, its dead letters, since when it stands still
 * behind the head, once it has for {@code ledger.read-models.stall-after}, and how often its documents were found to
 * have missed events of their streams.
 */
@Component
class ProjectionWatch {

    /**
     * One read model as watched; {@code stalledSince} null unless it stands still; {@code missedEvents} how often one
     * of its documents was found to have missed events of its stream since it was last rebuilt ({@link MissedEvents}).
     */
    record Watched(String name, long position, long lag, long deadLetters, Instant stalledSince, long missedEvents) {

        /** Its answers miss events, and it will not mend by itself. */
        boolean needsAdministrator() {
            return deadLetters > 0 || stalledSince != null || missedEvents > 0;
        }

        /** How long it has stood still behind the head; zero unless it is stalled. */
        Duration stalledFor(Instant now) {
            return stalledSince == null ? Duration.ZERO : Duration.between(stalledSince, now);
        }
    }

    /** Every read model as watched against one head of the store, at one moment. */
    record Observation(Instant at, long head, List<Watched> readModels) {

        Watched of(String name) {
            return readModels.stream().filter(watched -> watched.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no read model " + name));
        }
    }

    /** The kind of the documents each read model keeps one per aggregate of ({@link DocumentStore}). */
    private static final Map<String, String> DOCUMENT_KINDS = Map.of(
            RegionProjection.PROCESSING_GROUP, RegionProjection.KIND,
            ProviderProjection.PROCESSING_GROUP, ProviderProjection.KIND,
            TenderProjection.PROCESSING_GROUP, TenderProjection.KIND,
            ContractProjection.PROCESSING_GROUP, ContractProjection.KIND,
            RevisionProjection.PROCESSING_GROUP, RevisionProjection.KIND);

    /** How long an observation serves the metrics: a scrape reads every gauge of every read model at once. */
    static final Duration RECENT = Duration.ofSeconds(1);

    private final AtomicReference<Observation> last = new AtomicReference<>();
    private final ProjectionAdmin projections;
    private final ReadModels readModels;
    private final MissedEvents missed;
    private final Stalls stalls;
    private final Clock clock = Clock.systemUTC();

    ProjectionWatch(ProjectionAdmin projections, ReadModels readModels, ReadModelProperties properties, MissedEvents missed) {
        this.projections = projections;
        this.readModels = readModels;
        this.missed = missed;
        this.stalls = new Stalls(properties.stallAfter());
    }

    List<String> names() {
        return projections.names();
    }

    long head() {
        return readModels.head();
    }

    Instant now() {
        return clock.instant();
    }

    /** How often documents of each kind were found to have missed events: one read for every read model observed. */
    Map<String, Long> missedByKind() {
        return missed.countsByKind();
    }

    /** Observes every read model against the head of the store now. */
    Observation watchAll() {
        long head = head();
        Map<String, Long> missedByKind = missedByKind();
        List<Watched> readModels = names().stream().map(name -> watch(name, head, missedByKind)).toList();
        Observation observation = new Observation(now(), head, readModels);
        last.set(observation);
        return observation;
    }

    /** The last observation while it is {@link #RECENT}, else a new one. */
    Observation recent() {
        Observation observation = last.get();
        return observation != null && !observation.at().plus(RECENT).isBefore(now()) ? observation : watchAll();
    }

    /**
     * Observes the read model against the head of the store. Whether it stands still behind the head goes by its stored
     * position, which a processor retrying a failed batch does not move back and forth; one that has handled every
     * event is at the head, whatever it has stored yet.
     */
    Watched watch(String name, long head, Map<String, Long> missedByKind) {
        long position = readModels.position(name);
        long standing = position >= head ? head : readModels.storedPosition(name);
        Optional<Instant> stalledSince = stalls.stalledSince(name, standing, head, clock.instant());
        return new Watched(name, position, Math.max(0, head - position), projections.deadLetters(name),
                stalledSince.orElse(null), missedEvents(name, missedByKind));
    }

    /** How often a document of the read model was found to have missed events; only the document read models can tell. */
    private static long missedEvents(String name, Map<String, Long> missedByKind) {
        String kind = DOCUMENT_KINDS.get(name);
        return kind == null ? 0 : missedByKind.getOrDefault(kind, 0L);
    }
}
