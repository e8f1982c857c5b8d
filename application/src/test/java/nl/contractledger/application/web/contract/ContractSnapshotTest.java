package nl.contractledger.application.web.contract;

import nl.contractledger.application.config.EventSerialization;
import nl.contractledger.application.support.ApiTest;
import nl.contractledger.domain.contract.Contract;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A long contract history is loaded from a snapshot, and that gives the same state as all its events; a snapshot of an
 * earlier shape of the contract is passed over.
 */
@TestPropertySource(properties = "ledger.snapshots.contract-every-events=10")
class ContractSnapshotTest extends ApiTest {

    @Autowired
    private Configuration axon;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void givenAContractWithTwentyFiveTariffYears_whenLoadedWithAndWithoutItsSnapshot_thenTheStateIsTheSame() {
        String contract = contractWithTwentyFiveTariffYears();

        String withSnapshot = state(contract);
        jdbc.sql("DELETE FROM snapshot_event_entry WHERE aggregate_identifier = :id").param("id", "contract:" + contract).update();
        String fromEventsOnly = state(contract);

        assertThat(withSnapshot).isEqualTo(fromEventsOnly).contains("art-12");
    }

    /**
     * A snapshot taken before the contract kept its region and kind (no revision, neither field) would load a contract
     * that knows neither, and a result agreement under it would be refused: it is passed over for the events.
     */
    @Test
    void givenASnapshotOfTheContractsEarlierShape_whenTheContractIsLoaded_thenItIsLoadedFromItsEventsWithItsRegionAndKind() {
        String contract = contractWithTwentyFiveTariffYears();
        String fromEvents = state(contract);
        String earlierShape = fromEvents.replaceFirst("\"regionId\":\"[^\"]*\",?", "")
                .replaceFirst("\"kind\":\"[A-Z_]*\",?", "");
        assertThat(earlierShape).doesNotContain("regionId", "GENERAL_AGREEMENT");
        assertThat(jdbc.sql("""
                        UPDATE snapshot_event_entry SET payload_revision = NULL, payload = :payload
                        WHERE aggregate_identifier = :id""")
                .param("payload", earlierShape.getBytes(StandardCharsets.UTF_8)).param("id", "contract:" + contract)
                .update()).isPositive();

        assertThat(state(contract)).isEqualTo(fromEvents).contains("GENERAL_AGREEMENT", "\"regionId\"");
    }

    private String contractWithTwentyFiveTariffYears() {
        String region = unique("snap");
        api.as("procurement").post("/api/regions", "{\"id\": \"%s\", \"name\": \"R\", \"municipalities\": [\"Delft\"]}".formatted(region));
        api.as("procurement").post("/api/regions/" + region + "/segments", """
                {"id": "%s-s1", "number": 1, "name": "S", "procurementForm": "OPEN_HOUSE", "fundingForm": "EFFORT_BASED"}"""
                .formatted(region));
        String contract = region + "-c";
        assertThat(api.as("procurement").post("/api/contracts", """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s-s1"], "kind": "GENERAL_AGREEMENT", "title": "T",
                 "route": {"type": "OPEN_HOUSE"}, "startsOn": "2021-01-01", "endsOn": "2026-12-31",
                 "products": [{"code": "45A01", "category": "45", "unit": "day", "tariff": "100.00"}],
                 "reviewClauses": [{"clauseId": "art-12", "text": "yearly review"}],
                 "document": {"title": "T", "sha256": "%s"}}""".formatted(contract, region, region, "ef".repeat(32)))
                .status()).isEqualTo(201);
        for (int year = 2001; year <= 2025; year++) {
            assertThat(api.as("procurement").put("/api/contracts/" + contract + "/tariffs/" + year,
                    "{\"tariffs\": [{\"productCode\": \"45A01\", \"amount\": \"" + (100 + year - 2000) + ".00\"}]}")
                    .status()).isEqualTo(200);
        }
        long snapshots = jdbc.sql("SELECT COUNT(*) FROM snapshot_event_entry WHERE aggregate_identifier = :id")
                .param("id", "contract:" + contract).query(Long.class).single();
        assertThat(snapshots).isPositive();
        return contract;
    }

    private String state(String contract) {
        return DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> axon.repository(Contract.class)
                .load("contract:" + contract)
                .invoke(loaded -> new String(EventSerialization.snapshotSerializer().serialize(loaded, byte[].class)
                        .getData(), StandardCharsets.UTF_8))).getPayload();
    }
}
