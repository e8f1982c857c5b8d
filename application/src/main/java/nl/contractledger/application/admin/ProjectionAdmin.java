package nl.contractledger.application.admin;

import nl.contractledger.application.config.NodeName;
import nl.contractledger.application.readmodel.ReadModels;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * The read models' processors: their status, and a rebuild from the first event while the application
 * keeps serving. A process (saga) is never replayed: it would send its commands again.
 */
@Component
public class ProjectionAdmin {

    private final EventProcessingConfiguration processing;
    private final ProjectionRebuild rebuild;
    private final JdbcClient jdbc;
    private final ReadModels positions;
    private final RebuildMarks rebuildMarks;
    private final NodeName node;
    private final ReadModelPaces paces = new ReadModelPaces();
    private final ExecutorService rebuilds = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    ProjectionAdmin(EventProcessingConfiguration processing, ProjectionRebuild rebuild, JdbcClient jdbc, ReadModels positions,
                    RebuildMarks rebuildMarks, NodeName node) {
        this.processing = processing;
        this.rebuild = rebuild;
        this.jdbc = jdbc;
        this.positions = positions;
        this.rebuildMarks = rebuildMarks;
        this.node = node;
    }

    /**
     * Every read model's and process's status. The position comes from the shared token store (and this node's
     * processor for a segment it holds), so every node tells the same, and so does replaying (a rebuild's mark);
     * an error only the node holding the segments can tell.
     */
    public List<ProjectionStatus> statuses() {
        long head = positions.head();
        return processors().map(processor -> status(processor, head))
                .sorted(Comparator.comparing(ProjectionStatus::name)).toList();
    }

    /** The names of the read models and processes, in order. */
    public List<String> names() {
        return processors().map(StreamingEventProcessor::getName).sorted().toList();
    }

    public Optional<ProjectionStatus> status(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class).map(processor -> status(processor, positions.head()));
    }

    /** Starts the rebuild of one read model; answers false when there is no such read model. */
    public boolean replay(String name) {
        Optional<StreamingEventProcessor> found = processing.eventProcessor(name, StreamingEventProcessor.class);
        if (found.isEmpty() || isProcess(name) || !found.get().supportsReset()) {
            return false;
        }
        rebuild.queued(name);
        rebuilds.submit(() -> rebuild.run(name));
        return true;
    }

    /** Starts the rebuild of every read model together, from one read of the store; answers their names. */
    public List<String> replayAll() {
        List<String> names = processors()
                .filter(processor -> !isProcess(processor.getName()) && processor.supportsReset())
                .map(StreamingEventProcessor::getName).sorted().toList();
        replay(names);
        return names;
    }

    /** Starts the rebuild of these read models together, from one read of the store. */
    void replay(List<String> names) {
        names.forEach(rebuild::queued);
        rebuilds.submit(() -> rebuild.runAll(names));
    }

    /** By read model, the other nodes whose rebuild of it is under way (their marks renewed). */
    public Map<String, String> rebuiltElsewhere() {
        return rebuildMarks.rebuiltElsewhere(node.value());
    }

    /** How many events of the read model wait in the dead-letter queue. */
    public long deadLetters(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM dead_letter_entry WHERE processing_group = :name").param("name", name)
                .query(Long.class).single();
    }

    /** The read model's dead letters, oldest first: which event, of which aggregate, and why it failed. */
    public List<DeadLetterView> deadLetterList(String name) {
        return jdbc.sql("""
                        SELECT event_identifier, payload_type, aggregate_identifier, sequence_number, cause_type,
                               cause_message, enqueued_at
                        FROM dead_letter_entry WHERE processing_group = :name ORDER BY sequence_identifier, sequence_index""")
                .param("name", name)
                .query((row, index) -> new DeadLetterView(row.getString("event_identifier"), row.getString("payload_type"),
                        row.getString("aggregate_identifier"), row.getLong("sequence_number"), row.getString("cause_type"),
                        row.getString("cause_message"), java.time.Instant.parse(row.getString("enqueued_at"))))
                .list();
    }

    /** Retries the dead letters of the read model, sequence by sequence; answers how many sequences went through. */
    public Optional<Integer> retryDeadLetters(String name) {
        return processing.sequencedDeadLetterProcessor(name).map(processor -> {
            int retried = 0;
            long atMost = deadLetters(name);
            while (retried < atMost && processor.processAny()) {
                retried++;
            }
            return retried;
        });
    }

    /**
     * Whether the read model is being rebuilt, from the moment it was asked for here, or from its clearing on any
     * node, until it has caught up with the store as it was then: its tables then hold only part of the events.
     */
    public boolean rebuilding(String name) {
        if (rebuild.progress(name).filter(progress -> !progress.done()).isPresent()) {
            return true;
        }
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .map(processor -> replaying(processor.processingStatus().values())).orElse(false)
                || rebuildMarks.until(name).isPresent();
    }

    private Stream<StreamingEventProcessor> processors() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast);
    }

    public static boolean isProcess(String name) {
        return name.endsWith("SagaProcessor");
    }

    private ProjectionStatus status(StreamingEventProcessor processor, long head) {
        Optional<RebuildProgress> rebuilt = rebuild.progress(processor.getName());
        if (rebuilt.isPresent() && !rebuilt.get().done()) {
            RebuildProgress progress = rebuilt.get();
            return new ProjectionStatus(processor.getName(), true, progress.position(), head,
                    Math.max(0, head - progress.position()), true,
                    progress.headPosition() == 0 ? 100.0 : Math.min(100.0, 100.0 * progress.position() / progress.headPosition()),
                    progress.eventsPerSecond(), null, deadLetters(processor.getName()));
        }
        String failure = rebuilt.map(RebuildProgress::failure).orElse(null);
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        long position = positions.position(processor.getName());
        long resetAt = replaying(segments) ? resetAt(segments) : rebuildMarks.until(processor.getName()).orElse(0L);
        boolean replaying = resetAt > 0;
        String error = segments.stream().filter(EventTrackerStatus::isErrorState).findFirst()
                .map(status -> String.valueOf(status.getError())).orElse(null);
        return new ProjectionStatus(processor.getName(), processor.isRunning(), position, head, Math.max(0, head - position),
                replaying, replaying && resetAt > 0 ? Math.min(100.0, 100.0 * position / resetAt) : null,
                paces.at(processor.getName(), position, System.nanoTime()), error != null ? error : failure, deadLetters(processor.getName()));
    }

    private static boolean replaying(Collection<EventTrackerStatus> segments) {
        return segments.stream().anyMatch(EventTrackerStatus::isReplaying) && position(segments) < resetAt(segments);
    }

    private static long position(Collection<EventTrackerStatus> segments) {
        return segments.stream().mapToLong(status -> status.getCurrentPosition().orElse(0L)).min().orElse(0L);
    }

    private static long resetAt(Collection<EventTrackerStatus> segments) {
        return segments.stream().mapToLong(status -> status.getResetPosition().orElse(0L)).max().orElse(0L);
    }
}
