package nl.contractledger.projections.region;

import nl.contractledger.domain.region.MunicipalityJoinedEvent;
import nl.contractledger.domain.region.MunicipalityWithdrewEvent;
import nl.contractledger.domain.region.RegionRegisteredEvent;
import nl.contractledger.projections.Positions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * The regions read model: one row per region and one per membership period. Every row remembers
 * the global position of the last event applied, so an event delivered twice changes nothing.
 */
@Component
@ProcessingGroup(RegionProjection.PROCESSING_GROUP)
public class RegionProjection {

    public static final String PROCESSING_GROUP = "regions";

    private final JdbcClient jdbc;

    public RegionProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RegionRegisteredEvent event, @SequenceNumber long version, TrackingToken token) {
        String regionId = event.regionId().value();
        boolean inserted = jdbc.sql("""
                        INSERT INTO region_view (region_id, name, established_on, minimum_contract_years,
                            revision_lead_time_months, standstill_days, version, last_position)
                        SELECT :id, :name, :establishedOn, :years, :leadTime, :standstill, :version, :position
                        WHERE NOT EXISTS (SELECT 1 FROM region_view WHERE region_id = :id)""")
                .param("id", regionId)
                .param("name", event.name())
                .param("establishedOn", event.establishedOn())
                .param("years", event.policy().minimumContractYears())
                .param("leadTime", event.policy().revisionLeadTimeMonths())
                .param("standstill", event.policy().standstillDays())
                .param("version", version)
                .param("position", Positions.of(token))
                .update() == 1;
        if (inserted) {
            event.municipalities().forEach(name -> insertPeriod(regionId, name, 0, event.establishedOn()));
        }
    }

    @EventHandler
    void on(MunicipalityJoinedEvent event, @SequenceNumber long version, TrackingToken token) {
        String regionId = event.regionId().value();
        if (advance(regionId, version, token)) {
            int period = jdbc.sql("""
                            SELECT COUNT(*) FROM region_member WHERE region_id = :id AND municipality = :name""")
                    .param("id", regionId).param("name", event.municipality())
                    .query(Integer.class).single();
            insertPeriod(regionId, event.municipality(), period, event.effectiveOn());
        }
    }

    @EventHandler
    void on(MunicipalityWithdrewEvent event, @SequenceNumber long version, TrackingToken token) {
        String regionId = event.regionId().value();
        if (advance(regionId, version, token)) {
            jdbc.sql("""
                            UPDATE region_member SET withdrew_on = :on, withdrawal_reason = :reason
                            WHERE region_id = :id AND municipality = :name AND withdrew_on IS NULL""")
                    .param("on", event.effectiveOn()).param("reason", event.reason())
                    .param("id", regionId).param("name", event.municipality())
                    .update();
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM region_member").update();
        jdbc.sql("DELETE FROM region_view").update();
    }

    /** Moves the region's version forward; false when this event was applied before. */
    private boolean advance(String regionId, long version, TrackingToken token) {
        return jdbc.sql("""
                        UPDATE region_view SET version = :version, last_position = :position
                        WHERE region_id = :id AND last_position < :position""")
                .param("version", version).param("position", Positions.of(token)).param("id", regionId)
                .update() == 1;
    }

    private void insertPeriod(String regionId, String municipality, int period, LocalDate joinedOn) {
        jdbc.sql("""
                        INSERT INTO region_member (region_id, municipality, period, joined_on)
                        VALUES (:id, :name, :period, :joinedOn)""")
                .param("id", regionId).param("name", municipality).param("period", period)
                .param("joinedOn", joinedOn)
                .update();
    }
}
