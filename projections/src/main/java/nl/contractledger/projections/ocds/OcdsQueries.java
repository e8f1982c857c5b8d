package nl.contractledger.projections.ocds;

import nl.contractledger.projections.ocds.merge.OcdsMerge;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;

/** The releases of a region, and the record of a contracting process compiled from its releases. */
@Component
public class OcdsQueries {

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();
    private final OcdsMerge merge = OcdsMerge.ofReleaseSchema();

    OcdsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every release of the region's processes, in the order they were recorded. */
    public List<JsonNode> releasesOfRegion(String regionId) {
        return jdbc.sql("SELECT release_json FROM ocds_release WHERE region_id = :region ORDER BY position, ocid, sequence")
                .param("region", regionId).query((row, index) -> json.readTree(row.getString("release_json"))).list();
    }

    /** The record: every release of the process, the compiled release and the versioned release. */
    public Optional<ObjectNode> record(String ocid) {
        List<JsonNode> releases = jdbc.sql("SELECT release_json FROM ocds_release WHERE ocid = :ocid ORDER BY sequence")
                .param("ocid", ocid).query((row, index) -> json.readTree(row.getString("release_json"))).list();
        if (releases.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode record = Json.object().put("ocid", ocid);
        record.putArray("releases").addAll(releases);
        record.set("compiledRelease", merge.compile(releases));
        record.set("versionedRelease", merge.versioned(releases));
        return Optional.of(record);
    }
}
