package nl.contractledger.application.readmodel;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * How far each read model has come through the event store, read from the shared token store so
 * that it holds across nodes: a read model is at the lowest position of its segments.
 */
@Component
public class ReadModels {

    private static final long POLL_MILLIS = 10;

    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final ReadModelProperties properties;

    ReadModels(JdbcClient jdbc, Serializer serializer, ReadModelProperties properties) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.properties = properties;
    }

    /** Waits until the read model has handled the event at {@code minPosition} (no wait when null). */
    public void awaitPosition(String readModel, Long minPosition) {
        if (minPosition == null || minPosition <= 0) {
            return;
        }
        long deadline = System.nanoTime() + properties.waitTimeout().toNanos();
        long position = position(readModel);
        while (position < minPosition) {
            if (System.nanoTime() > deadline) {
                throw new ReadModelBehind(readModel, minPosition, position);
            }
            sleep();
            position = position(readModel);
        }
    }

    /** The position up to which every segment of the read model has handled events; 0 before the first. */
    public long position(String readModel) {
        List<Long> positions = jdbc.sql("SELECT token, token_type FROM token_entry WHERE processor_name = :name")
                .param("name", readModel)
                .query((row, index) -> positionOf(row.getBytes("token"), row.getString("token_type")))
                .list();
        return positions.stream().mapToLong(Long::longValue).min().orElse(0L);
    }

    private long positionOf(byte[] token, String tokenType) {
        if (token == null) {
            return 0L;
        }
        TrackingToken tracking = serializer.deserialize(
                new SimpleSerializedObject<>(token, byte[].class, tokenType, null));
        return tracking == null ? 0L : tracking.position().orElse(0L);
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
