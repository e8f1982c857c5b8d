package nl.contractledger.application.config;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Which kind of database the application runs on, where the embedded H2 file needs its own care. */
public final class EmbeddedDatabase {

    private EmbeddedDatabase() {
    }

    /** True for an H2 database kept in a file (not in memory, not PostgreSQL). */
    public static boolean isH2File(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database this is", e);
        }
    }
}
