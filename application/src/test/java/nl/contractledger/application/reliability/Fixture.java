package nl.contractledger.application.reliability;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.Response;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A region with one segment and open-house contracts that each measure one KPI: aggregates to write to. */
final class Fixture {

    /** Each contract's KPI asks at least this value; a result below it imposes the consequence. */
    static final int TARGET = 10;

    private Fixture() {
    }

    /** Creates the contracts in region {@code load}; answers each contract's id with its version. */
    static Map<String, Long> contractsWithAKpi(ApiClient.Call procurement, int contracts) {
        return contractsWithAKpi(procurement, "load", contracts);
    }

    /** Creates the region and the contracts in it; answers each contract's id with its version. */
    static Map<String, Long> contractsWithAKpi(ApiClient.Call procurement, String region, int contracts) {
        expect(procurement.post("/api/regions", "{\"id\": \"%s\", \"name\": \"Load\", \"municipalities\": [\"Delft\"]}"
                .formatted(region)), 201);
        expect(procurement.post("/api/regions/" + region + "/segments", "{\"id\": \"%s-s1\", \"number\": 1, \"name\": \"S\", "
                .formatted(region) + "\"procurementForm\": \"OPEN_HOUSE\", \"fundingForm\": \"EFFORT_BASED\"}"), 201);
        Map<String, Long> versions = new LinkedHashMap<>();
        for (int i = 0; i < contracts; i++) {
            String contract = region + "-c" + i;
            expect(procurement.post("/api/contracts", """
                    {"id": "%s", "regionId": "%s", "segmentIds": ["%s-s1"], "kind": "OPEN_HOUSE", "title": "C",
                     "route": {"type": "OPEN_HOUSE"}, "startsOn": "2022-01-01", "endsOn": "2030-12-31",
                     "document": {"title": "C", "sha256": "%s"}}""".formatted(contract, region, region, "ab".repeat(32))), 201);
            Response kpi = expect(procurement.post("/api/contracts/" + contract + "/kpis", """
                    {"kpiId": "kpi", "description": "K", "target": {"comparison": "AT_LEAST", "value": "%d"},
                     "consequence": "reduction", "agreedOn": "2022-01-01"}""".formatted(TARGET)), 200);
            versions.put(contract, kpi.json().path("version").asLong());
        }
        return versions;
    }

    static Response expect(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response;
    }
}
