package nl.contractledger.projections;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

/**
 * A read model that alone writes these tables. A rebuild empties them whole ({@code TRUNCATE}) before the
 * read model's reset handler runs, instead of deleting their rows one by one, which on H2 took longer than
 * building them again. The reset handler still deletes them, for a reset through Axon itself.
 */
public interface OwnTables {

    List<String> ownTables();

    /** Deletes every row of the tables, as a reset handler does (in its transaction, unlike {@code TRUNCATE} on H2). */
    static void deleteRows(JdbcClient jdbc, List<String> tables) {
        tables.forEach(table -> jdbc.sql("DELETE FROM " + table).update());
    }
}
