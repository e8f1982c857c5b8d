package nl.contractledger.application.config;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.ReadEventDataWithGapsStatementBuilder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * A processor's read of the events after its token and of the gaps the token remembers, as two index
 * reads joined by {@code UNION ALL}. Axon's own statement joins them with {@code OR}, which H2 answers
 * by scanning the whole event table: with concurrent writers a token nearly always holds a gap, so every
 * poll of every processor cost a full scan, and the more so the larger the store. The gaps all lie at
 * or below the token's index and the range above it, so the two parts never return the same row.
 */
final class GapReads implements ReadEventDataWithGapsStatementBuilder {

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, long globalIndex, int batchSize,
                                   List<Long> gaps) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql(schema, gaps.size()));
        statement.setLong(1, globalIndex);
        statement.setLong(2, globalIndex + batchSize);
        for (int gap = 0; gap < gaps.size(); gap++) {
            statement.setLong(gap + 3, gaps.get(gap));
        }
        return statement;
    }

    /** The statement for a token with {@code gaps} gaps: the range after the index, then the gaps, in index order. */
    static String sql(EventSchema schema, int gaps) {
        String select = "SELECT " + schema.trackedEventFields() + " FROM " + schema.domainEventTable() + " WHERE ";
        String index = schema.globalIndexColumn();
        return select + index + " > ? AND " + index + " <= ?"
                + " UNION ALL " + select + index + " IN (" + String.join(",", Collections.nCopies(gaps, "?")) + ")"
                + " ORDER BY " + index;
    }
}
