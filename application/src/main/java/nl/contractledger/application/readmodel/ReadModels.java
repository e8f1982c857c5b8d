package nl.contractledger.application.readmodel;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * How far each read model has come through the event store, read from the shared token store so
 * that it holds across nodes: a read model is at the lowest position of its segments. A segment this node
 * holds may be further than its stored token says ({@link LocalProgress}): a processor stores its token
 * with a batch it handled, but after events it has nothing to do for only every few seconds.
 */
@Component
public class ReadModels {

    private static final long POLL_MILLIS = 10;
    /** A waiting read wakes the processors at once and then every 100 ms, in case one was mid-round. */
    private static final int POLLS_PER_WAKE = 10;

    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final ReadModelProperties properties;
    private final ProcessorWakeUp processors;
    private final LocalProgress local;

    ReadModels(JdbcClient jdbc, Serializer serializer, ReadModelProperties properties, ProcessorWakeUp processors,
               LocalProgress local) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.properties = properties;
        this.processors = processors;
        this.local = local;
    }

    /**
     * Waits until the read model has handled the event at {@code minPosition} (no wait when null): every
     * segment's token is at or past it and does not hold it as a gap. Writers commit out of order, so a
     * read model can be past a position whose event was still committing when it passed; its token then
     * remembers that position as a gap, and the event's writer must not read past its own event. A segment
     * held by this node counts as there as soon as its processor is. While it waits, it wakes the processors,
     * which otherwise look for new events only every half second.
     */
    public void awaitPosition(String readModel, Long minPosition) {
        if (minPosition == null || minPosition <= 0) {
            return;
        }
        long deadline = System.nanoTime() + properties.waitTimeout().toNanos();
        for (int polls = 0; !handled(readModel, minPosition); polls++) {
            if (System.nanoTime() > deadline) {
                throw new ReadModelBehind(readModel, minPosition, position(readModel));
            }
            if (polls % POLLS_PER_WAKE == 0) {
                processors.wakeProcessors();
            }
            sleep();
        }
    }

    /** The position of the newest event recorded; 0 while the store is empty. */
    public long head() {
        return jdbc.sql("SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry").query(Long.class).single();
    }

    /**
     * The position up to which every segment of the read model has read events; 0 before the first. A segment this
     * node holds counts from its processor, as in {@link #awaitPosition}.
     */
    public long position(String readModel) {
        return tokens(readModel).entrySet().stream()
                .mapToLong(segment -> Math.max(positionOf(segment.getValue()),
                        local.of(readModel, segment.getKey()).map(ReadModels::positionOf).orElse(0L)))
                .min().orElse(0L);
    }

    /**
     * The position up to which every segment of the read model has stored its token in the shared store; 0 before
     * the first. Unlike {@link #position}, it never goes back while the read model runs (only a rebuild resets it):
     * a processor that fails a batch and claims its segment again loses its own status for a moment, and the
     * position with it. It follows the processor within a claim extension (five seconds) after events none of its
     * handlers takes.
     */
    public long storedPosition(String readModel) {
        return tokens(readModel).values().stream().mapToLong(ReadModels::positionOf).min().orElse(0L);
    }

    private static long positionOf(TrackingToken token) {
        return token == null ? 0L : token.position().orElse(0L);
    }

    private boolean handled(String readModel, long position) {
        Map<Integer, TrackingToken> segments = tokens(readModel);
        return !segments.isEmpty() && segments.entrySet().stream().allMatch(segment -> handled(segment.getValue(), position)
                || local.of(readModel, segment.getKey()).filter(token -> handled(token, position)).isPresent());
    }

    private static boolean handled(TrackingToken token, long position) {
        if (token == null) {
            return false;
        }
        return WrappedToken.unwrap(token, GapAwareTrackingToken.class)
                .map(reached -> position <= reached.getIndex() && !reached.getGaps().contains(position))
                .orElseGet(() -> token.position().orElse(0L) >= position);
    }

    /** The stored token of each segment (null before the first event). */
    private Map<Integer, TrackingToken> tokens(String readModel) {
        Map<Integer, TrackingToken> tokens = new HashMap<>();
        jdbc.sql("SELECT segment, token, token_type FROM token_entry WHERE processor_name = :name")
                .param("name", readModel)
                .query(row -> {
                    tokens.put(row.getInt("segment"), tokenOf(row.getBytes("token"), row.getString("token_type")));
                });
        return tokens;
    }

    private TrackingToken tokenOf(byte[] token, String tokenType) {
        if (token == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, tokenType, null));
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a read model", interrupted);
        }
    }
}
