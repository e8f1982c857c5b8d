package nl.contractledger.projections.timeline;

import nl.contractledger.domain.contract.ContractId;
import nl.contractledger.domain.revision.RevisionId;
import nl.contractledger.domain.tender.TenderId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The tenders, revision procedures and contracts that concern a segment, as the timelines know them: those
 * whose segments include it, from their first event on. A tender or revision procedure for several segments,
 * and a contract with a part for several, concern each of them.
 */
@Component
public class SegmentSubjects {

    private final JdbcClient jdbc;

    SegmentSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The event stream keys of the segment's tenders, revision procedures and contracts ({@code tender:hgl-2027-s1}). */
    public List<String> streams(String segmentId) {
        return jdbc.sql("SELECT aggregate_type, aggregate_id FROM timeline_subject WHERE segment_id = :segment ORDER BY aggregate_id")
                .param("segment", segmentId)
                .query((row, index) -> streamKey(row.getString("aggregate_type"), row.getString("aggregate_id")))
                .list();
    }

    private static String streamKey(String aggregateType, String aggregateId) {
        return switch (aggregateType) {
            case "tender" -> TenderId.of(aggregateId).toString();
            case "revision" -> RevisionId.of(aggregateId).toString();
            case "contract" -> ContractId.of(aggregateId).toString();
            default -> throw new IllegalStateException("timeline subject " + aggregateId + " of an unknown type " + aggregateType);
        };
    }
}
