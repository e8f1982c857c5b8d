package nl.contractledger.projections;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Optional;

/**
 * Which of a read model's procedures (tenders, or revision procedures) belong to which region and segment, in its own
 * tables {@code <kind>_index} and {@code <kind>_segment}: a list of a region's or a segment's procedures reads only
 * theirs. Both are fixed when a procedure is planned or opened, so the index holds as of any instant too. Writing a
 * procedure twice (an event handled again) leaves its rows as they were.
 */
public final class ProcedureIndex {

    private final JdbcClient jdbc;
    private final String procedures;
    private final String segments;

    public ProcedureIndex(JdbcClient jdbc, String kind) {
        this.jdbc = jdbc;
        this.procedures = kind + "_index";
        this.segments = kind + "_segment";
    }

    public List<String> tables() {
        return List.of(procedures, segments);
    }

    /** Deletes every row of both tables, as the read model's reset handler does. */
    public void deleteAll() {
        OwnTables.deleteRows(jdbc, tables());
    }

    public void add(String procedureId, String regionId, List<String> segmentIds) {
        jdbc.sql("INSERT INTO " + procedures + " (procedure_id, region_id) SELECT :id, :region WHERE NOT EXISTS "
                        + "(SELECT 1 FROM " + procedures + " WHERE procedure_id = :id)")
                .param("id", procedureId).param("region", regionId).update();
        for (String segmentId : segmentIds) {
            jdbc.sql("INSERT INTO " + segments + " (procedure_id, segment_id) SELECT :id, :segment WHERE NOT EXISTS "
                            + "(SELECT 1 FROM " + segments + " WHERE segment_id = :segment AND procedure_id = :id)")
                    .param("id", procedureId).param("segment", segmentId).update();
        }
    }

    /** The ids of the procedures of the filter's region and segment; empty when it names neither (then: all of them). */
    public Optional<List<String>> ids(ProcedureFilter filter) {
        if (filter.regionId() != null && filter.segmentId() != null) {
            return Optional.of(jdbc.sql("SELECT i.procedure_id FROM " + procedures + " i JOIN " + segments
                            + " s ON s.procedure_id = i.procedure_id WHERE i.region_id = :region AND s.segment_id = :segment")
                    .param("region", filter.regionId()).param("segment", filter.segmentId()).query(String.class).list());
        }
        if (filter.regionId() != null) {
            return Optional.of(jdbc.sql("SELECT procedure_id FROM " + procedures + " WHERE region_id = :region")
                    .param("region", filter.regionId()).query(String.class).list());
        }
        if (filter.segmentId() != null) {
            return Optional.of(jdbc.sql("SELECT procedure_id FROM " + segments + " WHERE segment_id = :segment")
                    .param("segment", filter.segmentId()).query(String.class).list());
        }
        return Optional.empty();
    }
}
