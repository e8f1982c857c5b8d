package nl.contractledger.projections.document;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Events a document never took: an event of an aggregate reached its document while the document stood more than one
 * version behind it. An aggregate's events are numbered without gaps and reach its read model in that order, once
 * each (again only after a failure, when they are skipped as applied); so the versions between were never delivered,
 * or come later and will be skipped as already applied, and the document misses what they changed. That must not
 * happen; should it, it is logged and kept in {@code read_model_missed_event}, in the transaction that applies the
 * event, until the read model of that kind of document is cleared for a rebuild, which mends it: every node's health
 * calls for that rebuild meanwhile, also after a restart, which mends nothing.
 */
@Component
public class MissedEvents {

    /** The document of the kind and id stood at {@code atVersion} when the event {@code sequence} of its stream came. */
    public record Missed(String kind, String id, long atVersion, long sequence, long position) {

        public String describe() {
            long missed = sequence - atVersion - 1;
            return "%s %s took event %d of its stream (position %d) at version %d: %d event%s before it never reached it"
                    .formatted(kind, id, sequence, position, atVersion, missed, missed == 1 ? "" : "s");
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(MissedEvents.class);

    private final JdbcClient jdbc;

    public MissedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Logs the document that an event found more than one version behind it and keeps it, in the caller's transaction. */
    public void record(Missed missed) {
        LOG.warn("Read model misses events: {}; rebuild the read model of the {} documents to mend it",
                missed.describe(), missed.kind());
        boolean known = jdbc.sql("""
                        SELECT COUNT(*) FROM read_model_missed_event
                        WHERE kind = :kind AND id = :id AND sequence_number = :sequence""")
                .param("kind", missed.kind()).param("id", missed.id()).param("sequence", missed.sequence())
                .query(Long.class).single() > 0;
        if (!known) {
            jdbc.sql("""
                            INSERT INTO read_model_missed_event (kind, id, at_version, sequence_number, position)
                            VALUES (:kind, :id, :atVersion, :sequence, :position)""")
                    .param("kind", missed.kind()).param("id", missed.id()).param("atVersion", missed.atVersion())
                    .param("sequence", missed.sequence()).param("position", missed.position())
                    .update();
        }
    }

    /**
     * For each kind of document, how many times its documents were found to have missed events since the kind was
     * last cleared; kinds without any are left out. One read for every read model a health check or scrape observes.
     */
    public Map<String, Long> countsByKind() {
        return jdbc.sql("SELECT kind, COUNT(*) AS missed FROM read_model_missed_event GROUP BY kind")
                .query((row, number) -> Map.entry(row.getString("kind"), row.getLong("missed"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The kind's documents are removed for a rebuild, which gives them every event again. */
    void cleared(String kind) {
        jdbc.sql("DELETE FROM read_model_missed_event WHERE kind = :kind").param("kind", kind).update();
    }
}
