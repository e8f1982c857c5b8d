package nl.contractledger.projections.region;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Answers from the regions read model. */
@Component
public class RegionQueries {

    private final JdbcClient jdbc;

    public RegionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<RegionView> find(String regionId) {
        return jdbc.sql("SELECT * FROM region_view WHERE region_id = :id")
                .param("id", regionId)
                .query((row, index) -> new RegionView(
                        row.getString("region_id"),
                        row.getString("name"),
                        row.getObject("established_on", LocalDate.class),
                        new RegionView.Policy(row.getInt("minimum_contract_years"),
                                row.getInt("revision_lead_time_months"), row.getInt("standstill_days")),
                        members(regionId),
                        row.getLong("version")))
                .optional();
    }

    private List<RegionView.Member> members(String regionId) {
        return jdbc.sql("""
                        SELECT municipality, joined_on, withdrew_on, withdrawal_reason FROM region_member
                        WHERE region_id = :id ORDER BY municipality, period""")
                .param("id", regionId)
                .query((row, index) -> new RegionView.Member(
                        row.getString("municipality"),
                        row.getObject("joined_on", LocalDate.class),
                        row.getObject("withdrew_on", LocalDate.class),
                        row.getString("withdrawal_reason")))
                .list();
    }
}
