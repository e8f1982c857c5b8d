package nl.contractledger.projections;

import java.util.List;

/**
 * A read model that alone writes these tables. A rebuild empties them whole ({@code TRUNCATE}) before the
 * read model's reset handler runs, instead of deleting their rows one by one, which on H2 took longer than
 * building them again. The reset handler still deletes them, for a reset through Axon itself.
 */
public interface OwnTables {

    List<String> ownTables();
}
