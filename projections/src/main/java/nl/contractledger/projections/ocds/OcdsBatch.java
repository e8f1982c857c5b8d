package nl.contractledger.projections.ocds;

import nl.contractledger.projections.batch.ProjectionBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** What a rebuild batch reads and writes of the export's tables, written out at its end in JDBC batches. */
final class OcdsBatch implements ProjectionBatch.Pending {

    record Name(String name, String identifier) {
    }

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Map<String, Optional<OcdsProcess>> processes = new HashMap<>();
    private final Set<String> processesInDatabase = new HashSet<>();
    private final Map<String, OcdsProcess> changedProcesses = new LinkedHashMap<>();
    private final Map<String, Optional<String>> members = new HashMap<>();
    private final Map<String, Optional<Name>> names = new HashMap<>();
    private final Map<String, Name> changedNames = new LinkedHashMap<>();
    private final Set<String> namesInDatabase = new HashSet<>();
    private final List<Object[]> newMembers = new ArrayList<>();
    private final List<Object[]> newContractSegments = new ArrayList<>();
    private final List<Object[]> releases = new ArrayList<>();

    OcdsBatch(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<OcdsProcess> process(String ocid, Function<String, Optional<OcdsProcess>> database) {
        return processes.computeIfAbsent(ocid, id -> {
            Optional<OcdsProcess> found = database.apply(id);
            found.ifPresent(process -> processesInDatabase.add(id));
            return found;
        });
    }

    void save(OcdsProcess process) {
        processes.put(process.ocid, Optional.of(process));
        changedProcesses.put(process.ocid, process);
    }

    void release(Object[] row) {
        releases.add(row);
    }

    Optional<String> member(String key, Function<String, Optional<String>> database) {
        return members.computeIfAbsent(key, database);
    }

    void member(String type, String id, String ocid) {
        members.put(type + ":" + id, Optional.of(ocid));
        newMembers.add(new Object[]{type, id, ocid});
    }

    Optional<Name> name(String key, Function<String, Optional<Name>> database) {
        return names.computeIfAbsent(key, id -> {
            Optional<Name> found = database.apply(id);
            found.ifPresent(name -> namesInDatabase.add(id));
            return found;
        });
    }

    void name(String kind, String id, Name name, Function<String, Optional<Name>> database) {
        String key = kind + ":" + id;
        name(key, database);
        names.put(key, Optional.of(name));
        changedNames.put(key, name);
    }

    void contractSegment(String contractId, String segmentId) {
        newContractSegments.add(new Object[]{contractId, segmentId});
    }

    /** Writes the contract segments out early, for a product move that looks them up in the same batch. */
    void flushContractSegments() {
        batch("INSERT INTO ocds_contract_segment (contract_id, segment_id) VALUES (?, ?)", newContractSegments);
        newContractSegments.clear();
    }

    @Override
    public void flush() {
        batch("INSERT INTO ocds_member (aggregate_type, aggregate_id, ocid) VALUES (?, ?, ?)", newMembers);
        flushContractSegments();
        List<Object[]> insertedNames = new ArrayList<>();
        List<Object[]> updatedNames = new ArrayList<>();
        changedNames.forEach((key, name) -> {
            String[] kindAndId = key.split(":", 2);
            if (namesInDatabase.contains(key)) {
                updatedNames.add(new Object[]{name.name(), name.identifier(), kindAndId[0], kindAndId[1]});
            } else {
                insertedNames.add(new Object[]{kindAndId[0], kindAndId[1], name.name(), name.identifier()});
            }
        });
        batch("INSERT INTO ocds_name (kind, id, name, identifier) VALUES (?, ?, ?, ?)", insertedNames);
        batch("UPDATE ocds_name SET name = ?, identifier = ? WHERE kind = ? AND id = ?", updatedNames);
        List<Object[]> insertedProcesses = new ArrayList<>();
        List<Object[]> updatedProcesses = new ArrayList<>();
        changedProcesses.forEach((ocid, process) -> {
            String state = json.writeValueAsString(process);
            if (processesInDatabase.contains(ocid)) {
                updatedProcesses.add(new Object[]{state, process.lastPosition, ocid});
            } else {
                insertedProcesses.add(new Object[]{ocid, process.regionId, state, process.lastPosition});
            }
        });
        batch("INSERT INTO ocds_process (ocid, region_id, state, last_position) VALUES (?, ?, ?, ?)", insertedProcesses);
        batch("UPDATE ocds_process SET state = ?, last_position = ? WHERE ocid = ?", updatedProcesses);
        batch("INSERT INTO ocds_release (ocid, sequence, region_id, position, release_json) VALUES (?, ?, ?, ?, ?)", releases);
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }
}
