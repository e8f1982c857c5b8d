package nl.contractledger.application.web.segment;

import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ids are unique per kind only, so a region may give a contract the id of its tender. Each stays in its own
 * timeline, and a segment's history holds both.
 */
class SharedIdTimelineTest extends ApiTest {

    private static final String DOCUMENT = "{\"title\": \"Overeenkomst\", \"sha256\": \"" + "ab".repeat(32) + "\"}";

    @Test
    void givenATenderAndAContractWithOneId_whenBothRecordEventsForOneSegment_thenEachIsInItsOwnTimelineAndBothInTheHistory() {
        String region = unique("same-id");
        String segment = region + "-s1";
        String id = region + "-2027";
        created(procurement().post("/api/regions", "{\"id\": \"%s\", \"name\": \"R\", \"municipalities\": [\"Delft\"]}".formatted(region)));
        created(procurement().post("/api/regions/" + region + "/segments", """
                {"id": "%s", "number": 1, "name": "Verblijf", "procurementForm": "NEW_TENDER", "fundingForm": "EFFORT_BASED"}"""
                .formatted(segment)));
        created(procurement().post("/api/tenders", """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s"], "title": "Aanbesteding 2027",
                 "plannedMilestones": {"awardDecision": "2026-06-01", "contractStart": "2027-01-01"}}"""
                .formatted(id, region, segment)));
        created(procurement().post("/api/contracts", """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s"], "kind": "GENERAL_AGREEMENT", "title": "Overeenkomst 2022",
                 "route": {"type": "OPEN_HOUSE"}, "startsOn": "2022-01-01", "endsOn": "2040-12-31", "publishedOn": "2021-10-01",
                 "fundingForm": "EFFORT_BASED", "document": %s}""".formatted(id, region, segment, DOCUMENT)));
        Response ended = procurement().post("/api/contracts/" + id + "/segment-part-endings",
                "{\"segmentId\": \"%s\", \"effectiveOn\": \"2039-01-01\", \"reason\": \"segment closes\"}".formatted(segment));
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);

        JsonNode timelines = auditor().get("/api/segments/" + segment + "/timeline?minPosition=" + ended.position()).json();
        assertThat(recorded(timelines.path("tender"))).containsExactly("TenderPlanned");
        assertThat(recorded(timelines.path("revision"))).containsExactly("ContractPublished", "SegmentPartEnded");

        JsonNode history = auditor().get("/api/segments/" + segment + "/history?minPosition=" + ended.position()).json();
        assertThat(history.path("events").valueStream().map(event -> event.path("type").asString()))
                .containsExactly("SegmentDefined", "TenderPlanned", "ContractPublished", "SegmentPartEnded");
    }

    private static List<String> recorded(JsonNode entries) {
        List<String> types = new ArrayList<>();
        entries.forEach(entry -> {
            if (!entry.path("deadline").asBoolean(false)) {
                types.add(entry.path("type").asString());
            }
        });
        return types;
    }
}
