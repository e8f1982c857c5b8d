package nl.contractledger.application.config;

import nl.contractledger.projections.Positions;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Axon's JDBC storage engine, streaming every event with its own global index in its meta-data
 * ({@link Positions#KEY}). The gap-aware token of an event that a concurrent writer committed late
 * carries the index of a later event, so read models that record positions cannot take it from the token.
 */
final class PositionedJdbcEventStorageEngine extends JdbcEventStorageEngine {

    PositionedJdbcEventStorageEngine(Builder builder) {
        super(builder);
    }

    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet row, GapAwareTrackingToken previous) throws SQLException {
        TrackedEventData<?> data = super.getTrackedEventData(row, previous);
        return new Positioned<>(data, row.getLong(schema().globalIndexColumn()));
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken token, boolean mayBlock) {
        return readEventData(token, mayBlock).flatMap(data -> {
            Stream<TrackedEventMessage<?>> messages =
                    EventUtils.upcastAndDeserializeTrackedEvents(Stream.of(data), getEventSerializer(), upcasterChain);
            return data instanceof Positioned<?> positioned
                    ? messages.map(message -> (TrackedEventMessage<?>) message.andMetaData(Map.of(Positions.KEY, positioned.position)))
                    : messages;
        });
    }

    /** The row of an event with the global index it was stored under. */
    private static final class Positioned<T> extends TrackedDomainEventData<T> {
        private final long position;

        @SuppressWarnings("unchecked")
        private Positioned(TrackedEventData<?> data, long position) {
            super(data.trackingToken(), (DomainEventData<T>) data);
            this.position = position;
        }
    }
}
