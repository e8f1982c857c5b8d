package nl.contractledger.application.web.segment;

import nl.contractledger.application.admin.ProjectionRebuild;
import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.Response;
import nl.contractledger.application.support.TimelineDeadlines;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A contract's end is an open deadline in the revision timelines of the segments it serves, and not of a segment
 * whose part of it ended or is to end: Zuid-Holland Zuid's segment 5 closed on 2026-01-01, while the general
 * agreement that served it runs on for segment 1.
 */
class ContractEndDeadlineTest extends ApiTest {

    private static final String DOCUMENT = "{\"title\": \"Overeenkomst\", \"sha256\": \"" + "cd".repeat(32) + "\"}";

    @Autowired
    private ProjectionRebuild rebuild;

    @Test
    void givenAnAgreementForThreeSegments_whenItsPartsForTwoOfThemEnd_thenOnlyTheSegmentItStillServesShowsItsEnd() {
        String region = unique("ends");
        created(procurement().post("/api/regions", "{\"id\": \"%s\", \"name\": \"Zuid-Holland Zuid\", \"municipalities\": [\"Dordrecht\"]}"
                .formatted(region)));
        for (int number : new int[]{1, 2, 5}) {
            created(procurement().post("/api/regions/" + region + "/segments", """
                    {"id": "%s-s%d", "number": %d, "name": "Segment %d", "procurementForm": "OPEN_HOUSE", "fundingForm": "EFFORT_BASED"}"""
                    .formatted(region, number, number, number)));
        }
        String agreement = region + "-inkoop-2022";
        created(procurement().post("/api/contracts", """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s-s1", "%s-s2", "%s-s5"], "kind": "GENERAL_AGREEMENT",
                 "title": "Algemene overeenkomst 2022", "route": {"type": "OPEN_HOUSE"}, "startsOn": "2022-01-01",
                 "endsOn": "2040-12-31", "publishedOn": "2021-10-01", "fundingForm": "EFFORT_BASED", "document": %s}"""
                .formatted(agreement, region, region, region, region, DOCUMENT)));
        endPart(agreement, region + "-s5", "2026-01-01");
        long position = endPart(agreement, region + "-s2", "2035-06-30");

        assertThat(deadlines(region + "-s1", position)).containsExactly("2040-12-31 Contract " + agreement + " \"Algemene overeenkomst 2022\" ends");
        assertThat(deadlines(region + "-s5", position)).as("ended").isEmpty();
        assertThat(deadlines(region + "-s2", position)).as("to end, on its own entry's day").isEmpty();
        JsonNode segmentTwo = timeline(region + "-s2", position);
        assertThat(segmentTwo.findValuesAsString("date")).contains("2035-06-30");

        JsonNode live = timeline(region + "-s2", position);
        rebuild.run("timelines");
        assertThat(timeline(region + "-s2", position)).as("rebuilt in batches").isEqualTo(live);
        assertThat(deadlines(region + "-s5", position)).as("rebuilt in batches").isEmpty();
        assertThat(deadlines(region + "-s1", position)).hasSize(1);
    }

    private long endPart(String contract, String segment, String effectiveOn) {
        Response ended = procurement().post("/api/contracts/" + contract + "/segment-part-endings",
                "{\"segmentId\": \"%s\", \"effectiveOn\": \"%s\", \"reason\": \"segment closes\"}".formatted(segment, effectiveOn));
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        return ended.position();
    }

    private JsonNode timeline(String segment, long position) {
        Response response = auditor().get("/api/segments/" + segment + "/timeline?kind=revision&minPosition=" + position);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("revision");
    }

    private List<String> deadlines(String segment, long position) {
        return TimelineDeadlines.of(timeline(segment, position));
    }
}
