package nl.contractledger.projections.ocds;

import nl.contractledger.projections.OwnTables;
import nl.contractledger.projections.batch.ProjectionBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;

/**
 * The export's tables: processes with their state, releases, memberships and names; row by row as
 * events arrive, through {@link OcdsBatch} during a rebuild batch.
 */
@Component
class OcdsStore implements Names {

    static final List<String> TABLES = List.of("ocds_release", "ocds_process", "ocds_member", "ocds_contract_segment",
            "ocds_name");

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    OcdsStore(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    private Optional<OcdsBatch> batch() {
        return ProjectionBatch.current().map(current -> current.state(this, () -> new OcdsBatch(batches, json)));
    }

    Optional<OcdsProcess> process(String ocid) {
        return batch().map(batch -> batch.process(ocid, this::processInDatabase)).orElseGet(() -> processInDatabase(ocid));
    }

    private Optional<OcdsProcess> processInDatabase(String ocid) {
        return jdbc.sql("SELECT state FROM ocds_process WHERE ocid = :ocid").param("ocid", ocid)
                .query((row, index) -> json.readValue(row.getString("state"), OcdsProcess.class)).optional();
    }

    /** Saves the process state; {@code created} when it is the process's first release. */
    void save(OcdsProcess process, boolean created) {
        Optional<OcdsBatch> batch = batch();
        if (batch.isPresent()) {
            batch.get().save(process);
            return;
        }
        String sql = created
                ? "INSERT INTO ocds_process (ocid, region_id, state, last_position) VALUES (:ocid, :region, :state, :position)"
                : "UPDATE ocds_process SET state = :state, last_position = :position WHERE ocid = :ocid";
        jdbc.sql(sql).param("ocid", process.ocid).param("region", process.regionId)
                .param("state", json.writeValueAsString(process)).param("position", process.lastPosition).update();
    }

    void release(OcdsProcess process, long position, ObjectNode release) {
        Optional<OcdsBatch> batch = batch();
        if (batch.isPresent()) {
            batch.get().release(new Object[]{process.ocid, process.releases, process.regionId, position,
                    json.writeValueAsString(release)});
            return;
        }
        jdbc.sql("""
                        INSERT INTO ocds_release (ocid, sequence, region_id, position, release_json)
                        VALUES (:ocid, :sequence, :region, :position, :release)""")
                .param("ocid", process.ocid).param("sequence", process.releases).param("region", process.regionId)
                .param("position", position).param("release", json.writeValueAsString(release)).update();
    }

    Optional<String> ocidOf(String aggregateType, String aggregateId) {
        Optional<OcdsBatch> batch = batch();
        if (batch.isPresent()) {
            return batch.get().member(aggregateType + ":" + aggregateId, key -> ocidInDatabase(aggregateType, aggregateId));
        }
        return ocidInDatabase(aggregateType, aggregateId);
    }

    private Optional<String> ocidInDatabase(String aggregateType, String aggregateId) {
        return jdbc.sql("SELECT ocid FROM ocds_member WHERE aggregate_type = :type AND aggregate_id = :id")
                .param("type", aggregateType).param("id", aggregateId).query(String.class).optional();
    }

    void member(String aggregateType, String aggregateId, String ocid) {
        Optional<OcdsBatch> batch = batch();
        if (batch.isPresent()) {
            batch.get().member(aggregateType, aggregateId, ocid);
            return;
        }
        jdbc.sql("INSERT INTO ocds_member (aggregate_type, aggregate_id, ocid) VALUES (:type, :id, :ocid)")
                .param("type", aggregateType).param("id", aggregateId).param("ocid", ocid).update();
    }

    void contractSegment(String contractId, String segmentId) {
        Optional<OcdsBatch> batch = batch();
        if (batch.isPresent()) {
            batch.get().contractSegment(contractId, segmentId);
            return;
        }
        jdbc.sql("INSERT INTO ocds_contract_segment (segment_id, contract_id) VALUES (:segment, :contract)")
                .param("segment", segmentId).param("contract", contractId).update();
    }

    /** The contracts that cover any of the segments, each once. */
    List<String> contractsOf(List<String> segmentIds) {
        batch().ifPresent(OcdsBatch::flushContractSegments);
        return jdbc.sql("SELECT DISTINCT contract_id FROM ocds_contract_segment WHERE segment_id IN (:segments) ORDER BY contract_id")
                .param("segments", segmentIds).query(String.class).list();
    }

    void name(String kind, String id, String name, String identifier) {
        Optional<OcdsBatch> batch = batch();
        if (batch.isPresent()) {
            batch.get().name(kind, id, new OcdsBatch.Name(name, identifier), key -> nameInDatabase(kind, id));
            return;
        }
        int updated = jdbc.sql("UPDATE ocds_name SET name = :name, identifier = :identifier WHERE kind = :kind AND id = :id")
                .param("kind", kind).param("id", id).param("name", name).param("identifier", identifier).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO ocds_name (kind, id, name, identifier) VALUES (:kind, :id, :name, :identifier)")
                    .param("kind", kind).param("id", id).param("name", name).param("identifier", identifier).update();
        }
    }

    void deleteAll() {
        OwnTables.deleteRows(jdbc, TABLES);
    }

    @Override
    public String region(String regionId) {
        return nameOf("region", regionId).map(OcdsBatch.Name::name).orElse(regionId);
    }

    @Override
    public String provider(String providerId) {
        return nameOf("provider", providerId).map(OcdsBatch.Name::name).orElse(providerId);
    }

    @Override
    public String kvk(String providerId) {
        return nameOf("provider", providerId).map(OcdsBatch.Name::identifier).orElse(null);
    }

    @Override
    public String segment(String segmentId) {
        return nameOf("segment", segmentId).map(OcdsBatch.Name::name).orElse(segmentId);
    }

    private Optional<OcdsBatch.Name> nameOf(String kind, String id) {
        Optional<OcdsBatch> batch = batch();
        if (batch.isPresent()) {
            return batch.get().name(kind + ":" + id, key -> nameInDatabase(kind, id));
        }
        return nameInDatabase(kind, id);
    }

    private Optional<OcdsBatch.Name> nameInDatabase(String kind, String id) {
        return jdbc.sql("SELECT name, identifier FROM ocds_name WHERE kind = :kind AND id = :id").param("kind", kind)
                .param("id", id)
                .query((row, index) -> new OcdsBatch.Name(row.getString("name"), row.getString("identifier"))).optional();
    }
}
