package nl.contractledger.projections.contract;

import nl.contractledger.domain.contract.ContractPublishedEvent;
import nl.contractledger.projections.batch.ProjectionBatch;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one event, or a whole rebuild batch, adds to the contract register's index. A contract
 * published in the batch is inserted with the end and termination its later events of the batch gave
 * it; one published before gets one update per column with the batch's last value.
 */
final class ContractIndexBatch implements ProjectionBatch.Pending {

    private static final String PARTY = """
            INSERT INTO contract_party (contract_id, provider_id) SELECT ?, ?
            WHERE NOT EXISTS (SELECT 1 FROM contract_party WHERE contract_id = ? AND provider_id = ?)""";

    private final JdbcTemplate jdbc;
    private final Map<String, Row> published = new LinkedHashMap<>();
    private final List<Object[]> segments = new ArrayList<>();
    private final Map<String, LocalDate> endsOn = new LinkedHashMap<>();
    private final Map<String, LocalDate> terminatedOn = new LinkedHashMap<>();
    private final Set<List<String>> parties = new LinkedHashSet<>();

    ContractIndexBatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void published(ContractPublishedEvent event) {
        String id = event.contractId().value();
        published.put(id, new Row(id, event.regionId().value(), event.kind().name(), event.startsOn(), event.endsOn(),
                event.title()));
        event.segmentIds().forEach(segment -> segments.add(new Object[]{id, segment.value()}));
    }

    void extended(String contractId, LocalDate newEndsOn) {
        Row row = published.get(contractId);
        if (row != null) {
            row.endsOn = newEndsOn;
        } else {
            endsOn.put(contractId, newEndsOn);
        }
    }

    void terminated(String contractId, LocalDate effectiveOn) {
        Row row = published.get(contractId);
        if (row != null) {
            row.terminatedOn = effectiveOn;
        } else {
            terminatedOn.put(contractId, effectiveOn);
        }
    }

    void party(String contractId, String providerId) {
        parties.add(List.of(contractId, providerId));
    }

    @Override
    public void flush() {
        batch("""
                INSERT INTO contract_index (contract_id, region_id, kind, starts_on, ends_on, title, terminated_on)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", published.values().stream().map(Row::values).toList());
        batch("INSERT INTO contract_segment (contract_id, segment_id) VALUES (?, ?)", segments);
        batch("UPDATE contract_index SET ends_on = ? WHERE contract_id = ?", updates(endsOn));
        batch("UPDATE contract_index SET terminated_on = ? WHERE contract_id = ?", updates(terminatedOn));
        batch(PARTY, parties.stream().map(pair -> new Object[]{pair.get(0), pair.get(1), pair.get(0), pair.get(1)}).toList());
    }

    private static List<Object[]> updates(Map<String, LocalDate> dates) {
        return dates.entrySet().stream().map(entry -> new Object[]{Date.valueOf(entry.getValue()), entry.getKey()}).toList();
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    private static final class Row {
        private final String id;
        private final String regionId;
        private final String kind;
        private final LocalDate startsOn;
        private final String title;
        private LocalDate endsOn;
        private LocalDate terminatedOn;

        private Row(String id, String regionId, String kind, LocalDate startsOn, LocalDate endsOn, String title) {
            this.id = id;
            this.regionId = regionId;
            this.kind = kind;
            this.startsOn = startsOn;
            this.endsOn = endsOn;
            this.title = title;
        }

        private Object[] values() {
            return new Object[]{id, regionId, kind, Date.valueOf(startsOn), Date.valueOf(endsOn), title,
                    terminatedOn == null ? null : Date.valueOf(terminatedOn)};
        }
    }
}
