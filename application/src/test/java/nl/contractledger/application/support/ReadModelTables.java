package nl.contractledger.application.support;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSetMetaData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every row of every read-model table, as text, in a stable order: what a rebuild must reproduce. */
public final class ReadModelTables {

    public static final List<String> TABLES = List.of("read_document", "view_checkpoint", "segment_index", "contract_index",
            "contract_segment", "contract_party", "timeline_entry", "timeline_subject", "timeline_plan", "timeline_name",
            "timeline_response", "ocds_process", "ocds_release", "ocds_member", "ocds_contract_segment", "ocds_name",
            "tender_index", "tender_segment", "revision_index", "revision_segment");

    private ReadModelTables() {
    }

    public static Map<String, List<String>> snapshot(JdbcTemplate jdbc) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : TABLES) {
            tables.put(table, jdbc.query("SELECT * FROM " + table, (row, index) -> {
                ResultSetMetaData columns = row.getMetaData();
                StringBuilder text = new StringBuilder();
                for (int column = 1; column <= columns.getColumnCount(); column++) {
                    text.append(columns.getColumnName(column).toLowerCase()).append('=').append(row.getString(column)).append(' ');
                }
                return text.toString();
            }).stream().sorted().toList());
        }
        return tables;
    }
}
