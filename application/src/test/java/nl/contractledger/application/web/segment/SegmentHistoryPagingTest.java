package nl.contractledger.application.web.segment;

import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A segment's history in pages among many events of its region that concern other segments. */
class SegmentHistoryPagingTest extends ApiTest {

    @Test
    void givenHundredsOfRegionEventsAboutAnotherSegment_whenASegmentsHistoryIsPaged_thenEachPageIsFullAndHoldsOnlyItsOwn() {
        String region = unique("paging");
        String busy = region + "-busy";
        String quiet = region + "-quiet";
        created(api.as("procurement").post("/api/regions",
                "{\"id\": \"%s\", \"name\": \"P\", \"municipalities\": [\"Delft\"]}".formatted(region)));
        created(define(region, busy, 1));
        Response quietDefined = define(region, quiet, 2);
        created(quietDefined);
        for (int i = 0; i < 600; i++) {
            budget(region, busy, 2027, i);
        }
        budget(region, quiet, 2027, 1);
        Response last = budget(region, quiet, 2028, 2);

        Response first = api.as("auditor").get("/api/segments/" + quiet + "/history?limit=2&minPosition=" + last.position());
        JsonNode page = first.json();
        assertThat(page.path("events").findValuesAsString("type")).containsExactly("SegmentDefined", "SegmentBudgetSet");
        assertThat(page.path("events").get(0).path("position").asLong()).isEqualTo(quietDefined.position());
        assertThat(page.path("more").asBoolean()).isTrue();
        assertThat(page.path("lastPosition").asLong()).isEqualTo(page.path("events").get(1).path("position").asLong())
                .isGreaterThan(quietDefined.position() + 600);

        JsonNode second = api.as("auditor").get(first.header("Link").substring(1, first.header("Link").indexOf('>'))).json();
        assertThat(second.path("events")).hasSize(1);
        assertThat(second.path("events").get(0).path("position").asLong()).isEqualTo(last.position());
        assertThat(second.path("events").get(0).path("payload").path("year").asInt()).isEqualTo(2028);
        assertThat(second.path("more").asBoolean()).isFalse();
    }

    private Response define(String region, String segment, int number) {
        return api.as("procurement").post("/api/regions/" + region + "/segments", """
                {"id": "%s", "number": %d, "name": "S%d", "description": "d", "objectives": [], "procurementForm": "OPEN_HOUSE",
                 "fundingForm": "TASK_BASED", "products": []}""".formatted(segment, number, number));
    }

    private Response budget(String region, String segment, int year, int amount) {
        Response set = api.as("procurement").put("/api/regions/" + region + "/segments/" + segment + "/budgets/" + year,
                "{\"amount\": \"%d.00\", \"youthCount\": 1}".formatted(amount + 100));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        return set;
    }
}
