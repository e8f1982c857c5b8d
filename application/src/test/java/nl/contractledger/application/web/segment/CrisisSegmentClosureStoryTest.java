package nl.contractledger.application.web.segment;

import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.Response;
import nl.contractledger.domain.shared.BusinessDates;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zuid-Holland Zuid 2025 (DOMAIN.md §6.4): the four crisis supplements of segment 5 move to
 * segments 1 and 2 on 2026-01-01, after which segment 5 closes and merges into segment 1.
 * Closing it before the moves is refused; the catalogue as recorded before the moves stays readable.
 */
class CrisisSegmentClosureStoryTest extends ApiTest {

    @Test
    void givenZhzWithCrisisSegmentFive_whenProductsMoveAndTheSegmentCloses_thenSegmentOneAbsorbsIt() throws Exception {
        String region = unique("zhz");
        String s1 = region + "-s1";
        String s2 = region + "-s2";
        String s5 = region + "-s5";
        created(api.as("procurement").post("/api/regions", """
                {"id": "%s", "name": "Zuid-Holland Zuid", "municipalities": ["Dordrecht", "Gorinchem", "Molenlanden"]}
                """.formatted(region)));
        created(defineSegment(region, s1, 1, "Jeugdhulp met verblijf", "[]"));
        created(defineSegment(region, s2, 2, "Pleegzorg en gezinshuizen", "[]"));
        created(defineSegment(region, s5, 5, "Crisis", """
                [{"code": "45A51", "name": "toeslag crisis ambulant", "category": "45"},
                 {"code": "45A52", "name": "toeslag crisis bij verblijf met behandeling", "category": "45"},
                 {"code": "45A53", "name": "toeslag crisis pleegzorg", "category": "45"},
                 {"code": "45A54", "name": "toeslag crisis bij wonen", "category": "45"}]"""));
        String beforeTheMoves = lastRecordedAt(region);
        Thread.sleep(20);

        Response tooEarly = close(region, s5, s1);
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.code()).isEqualTo("SEGMENT_HAS_PRODUCTS");
        assertThat(tooEarly.json().path("productCodes")).hasSize(4);

        assertThat(move(region, s5, s1, "\"45A51\", \"45A52\"").status()).isEqualTo(200);
        assertThat(move(region, s5, s2, "\"45A53\", \"45A54\"").status()).isEqualTo(200);
        Response mergingIntoItself = api.as("procurement").post("/api/regions/" + region + "/segments/" + s5 + "/closure",
                "{\"mergeIntoSegmentId\": \"%s\", \"effectiveOn\": \"2026-01-01\"}".formatted(s5));
        assertThat(mergingIntoItself.code()).isEqualTo("MERGE_TARGET_INVALID");
        Response closed = close(region, s5, s1);
        assertThat(closed.status()).isEqualTo(200);

        JsonNode segmentFive = segment(s5, closed.position());
        assertThat(segmentFive.path("status").asString()).isEqualTo("CLOSED");
        assertThat(segmentFive.path("closedOn").asString()).isEqualTo("2026-01-01");
        assertThat(segmentFive.path("mergedInto").asString()).isEqualTo(s1);
        assertThat(segmentFive.path("products")).isEmpty();
        assertThat(codes(segmentFive.path("formerProducts"))).containsExactly("45A51", "45A52", "45A53", "45A54");
        assertThat(segmentFive.path("formerProducts").get(0).path("movedTo").asString()).isEqualTo(s1);

        JsonNode segmentOne = segment(s1, closed.position());
        assertThat(segmentOne.path("mergedFrom").get(0).asString()).isEqualTo(s5);
        assertThat(codes(segmentOne.path("products"))).containsExactly("45A51", "45A52");
        assertThat(segmentOne.path("products").get(0).path("joinedOn").asString()).isEqualTo("2026-01-01");
        assertThat(segmentOne.path("products").get(0).path("movedFrom").asString()).isEqualTo(s5);
        assertThat(codes(segment(s2, closed.position()).path("products"))).containsExactly("45A53", "45A54");

        JsonNode segmentFiveBefore = api.as("auditor").get("/api/segments/" + s5 + "?asOf=" + beforeTheMoves).json();
        assertThat(segmentFiveBefore.path("status").asString()).isEqualTo("OPEN");
        assertThat(codes(segmentFiveBefore.path("products"))).containsExactly("45A51", "45A52", "45A53", "45A54");
        JsonNode regionBefore = api.as("auditor").get("/api/regions/" + region + "?asOf=" + beforeTheMoves).json();
        assertThat(regionBefore.path("version").asLong()).isEqualTo(3);

        JsonNode segmentOneTimeline = api.as("auditor").get("/api/segments/" + s1 + "/timeline?minPosition="
                + closed.position()).json();
        assertThat(segmentOneTimeline.path("revision").findValuesAsString("summary"))
                .contains("Products 45A51, 45A52 moved from segment 5 \"Crisis\" to segment 1 \"Jeugdhulp met verblijf\"",
                        "Segment 5 \"Crisis\" closed and merged into segment 1 \"Jeugdhulp met verblijf\"");
        assertThat(api.as("auditor").get("/api/segments/" + s5 + "/timeline?kind=tender").json().path("tender")
                .findValuesAsString("type")).contains("ProductsMoved", "SegmentClosed");
        assertThat(api.as("auditor").get("/api/segments/" + s5 + "/timeline.svg").body()).as("the picture's heading")
                .contains(">Zuid-Holland Zuid, segment 5 &quot;Crisis&quot; (closed 2026-01-01, merged into segment 1 "
                        + "&quot;Jeugdhulp met verblijf&quot;)</text>");
        assertThat(api.as("auditor").get("/api/segments/" + s1 + "/timeline.svg").body())
                .contains(">Zuid-Holland Zuid, segment 1 &quot;Jeugdhulp met verblijf&quot;</text>");

        assertThat(listed("/api/segments?regionId=" + region)).containsExactly("1 OPEN", "2 OPEN", "5 CLOSED");
        assertThat(listed("/api/segments?regionId=" + region + "&on=2025-12-31")).as("the day before the closure took effect")
                .containsExactly("1 OPEN", "2 OPEN", "5 OPEN");
        Response itsLastDay = api.as("auditor").get("/api/segments/" + s5 + "?on=2025-12-31");
        assertThat(itsLastDay.header("ETag")).as("the region's version and the day")
                .isEqualTo("\"" + closed.json().path("version").asLong() + "@2025-12-31\"");
        JsonNode segmentFiveItsLastDay = itsLastDay.json();
        assertThat(segmentFiveItsLastDay.path("status").asString()).isEqualTo("OPEN");
        assertThat(segmentFiveItsLastDay.path("statusOn").asString()).isEqualTo("2025-12-31");
        assertThat(segmentFiveItsLastDay.path("closedOn").asString()).isEqualTo("2026-01-01");
        assertThat(codes(segmentFiveItsLastDay.path("products"))).as("its products leave on the day it closes")
                .containsExactly("45A51", "45A52", "45A53", "45A54");
        assertThat(segmentFiveItsLastDay.path("products").get(2).path("leftOn").asString()).isEqualTo("2026-01-01");
        assertThat(segmentFiveItsLastDay.path("products").get(2).path("movedTo").asString()).isEqualTo(s2);
        assertThat(segmentFiveItsLastDay.path("formerProducts")).isEmpty();
        JsonNode segmentOneTheDayBefore = api.as("auditor").get("/api/segments/" + s1 + "?on=2025-12-31").json();
        assertThat(segmentOneTheDayBefore.path("products")).isEmpty();
        assertThat(codes(segmentOneTheDayBefore.path("arrivingProducts"))).containsExactly("45A51", "45A52");
        assertThat(segmentOneTheDayBefore.path("arrivingProducts").get(0).path("joinedOn").asString()).isEqualTo("2026-01-01");
        assertThat(api.as("auditor").get("/api/segments/" + s5 + "?on=2026-01-01").json().path("status").asString())
                .isEqualTo("CLOSED");
        JsonNode regionItsLastDay = api.as("auditor").get("/api/regions/" + region + "?on=2025-12-31").json();
        assertThat(regionItsLastDay.path("segments").findValuesAsString("status")).containsExactly("OPEN", "OPEN", "OPEN");
        assertThat(api.as("auditor").get("/api/regions?on=2026-01-01").json().findValues("segments").stream()
                .flatMap(segments -> StreamSupport.stream(segments.spliterator(), false))
                .filter(segment -> segment.path("id").asString().equals(s5)))
                .singleElement().satisfies(segment -> assertThat(segment.path("status").asString()).isEqualTo("CLOSED"));
        Response impossibleDay = api.as("auditor").get("/api/segments/" + s5 + "?on=2025-02-30");
        assertThat(impossibleDay.status()).isEqualTo(400);
        assertThat(api.as("auditor").get("/api/regions/" + region + "?on=0001-01-01").status()).isEqualTo(400);
    }

    @Test
    void givenAClosureDecidedForNextMonth_whenTheSegmentIsReadToday_thenItIsOpenUntilTheClosureTakesEffect() {
        String region = unique("zhz");
        String s1 = region + "-s1";
        String s5 = region + "-s5";
        LocalDate effectiveOn = BusinessDates.today().plusMonths(1).withDayOfMonth(1);
        created(api.as("procurement").post("/api/regions", """
                {"id": "%s", "name": "Zuid-Holland Zuid", "municipalities": ["Dordrecht"]}""".formatted(region)));
        created(defineSegment(region, s1, 1, "Jeugdhulp met verblijf", "[]"));
        created(defineSegment(region, s5, 5, "Crisis", "[]"));
        Response closed = api.as("procurement").post("/api/regions/" + region + "/segments/" + s5 + "/closure",
                "{\"mergeIntoSegmentId\": \"%s\", \"effectiveOn\": \"%s\"}".formatted(s1, effectiveOn));
        assertThat(closed.status()).isEqualTo(200);

        JsonNode today = segment(s5, closed.position());
        assertThat(today.path("status").asString()).isEqualTo("OPEN");
        assertThat(today.path("statusOn").asString()).isEqualTo(BusinessDates.today().toString());
        assertThat(today.path("closedOn").asString()).isEqualTo(effectiveOn.toString());
        assertThat(api.as("auditor").get("/api/segments/" + s5 + "?on=" + effectiveOn).json().path("status").asString())
                .isEqualTo("CLOSED");
        assertThat(api.as("legal").get("/api/regions/" + region + "/progress").json().path("segments")
                .findValuesAsString("status")).containsExactly("OPEN", "OPEN");
        Response decidedBefore = api.as("procurement").post("/api/regions/" + region + "/segments/" + s5 + "/funding-form",
                "{\"fundingForm\": \"TASK_BASED\", \"decidedOn\": \"%s\"}".formatted(effectiveOn.minusDays(1)));
        assertThat(decidedBefore.status()).as("a decision of its last day").isEqualTo(200);
        Response decidedAfter = api.as("procurement").post("/api/regions/" + region + "/segments/" + s5 + "/funding-form",
                "{\"fundingForm\": \"EFFORT_BASED\", \"decidedOn\": \"%s\"}".formatted(effectiveOn));
        assertThat(decidedAfter.status()).isEqualTo(422);
        assertThat(decidedAfter.code()).isEqualTo("SEGMENT_CLOSED");
        assertThat(decidedAfter.json().path("closedOn").asString()).isEqualTo(effectiveOn.toString());
        Response tender = api.as("procurement").post("/api/tenders", """
                {"id": "%s-t", "regionId": "%s", "segmentIds": ["%s"], "title": "Crisis"}""".formatted(region, region, s5));
        assertThat(tender.status()).as("a tender for a segment whose closure is recorded").isEqualTo(422);
        assertThat(tender.code()).isEqualTo("SEGMENT_CLOSED");
        assertThat(tender.json().path("closedOn").asString()).isEqualTo(effectiveOn.toString());
        assertThat(api.as("auditor").get("/api/segments/" + s5 + "/timeline.svg").body()).as("the picture's heading")
                .contains(">Zuid-Holland Zuid, segment 5 &quot;Crisis&quot; (closes " + effectiveOn
                        + ", to merge into segment 1 &quot;Jeugdhulp met verblijf&quot;)</text>");
    }

    @Test
    void givenTwoRegions_whenEachDefinesItsOwnSegmentFive_thenBothExistAndASegmentIdCannotBeReused() {
        String haaglanden = unique("hgl");
        String zhz = unique("zhz");
        api.as("procurement").post("/api/regions",
                "{\"id\": \"%s\", \"name\": \"Haaglanden\", \"municipalities\": [\"Delft\"]}".formatted(haaglanden));
        api.as("procurement").post("/api/regions",
                "{\"id\": \"%s\", \"name\": \"ZHZ\", \"municipalities\": [\"Dordrecht\"]}".formatted(zhz));

        created(defineSegment(haaglanden, haaglanden + "-s5", 5, "Veel voorkomende jeugdhulp", "[]"));
        created(defineSegment(zhz, zhz + "-s5", 5, "Crisis", "[]"));
        Response reused = defineSegment(zhz, haaglanden + "-s5", 6, "Copy", "[]");

        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.code()).isEqualTo("ALREADY_EXISTS");
        Response renumbered = defineSegment(zhz, zhz + "-s5b", 5, "Second five", "[]");
        assertThat(renumbered.status()).isEqualTo(422);
        assertThat(renumbered.code()).isEqualTo("SEGMENT_NUMBER_TAKEN");
    }

    private Response defineSegment(String region, String id, int number, String name, String products) {
        return api.as("procurement").post("/api/regions/" + region + "/segments", """
                {"id": "%s", "number": %d, "name": "%s", "objectives": ["Care close to home"],
                 "procurementForm": "OPEN_HOUSE", "fundingForm": "EFFORT_BASED", "products": %s,
                 "effectiveOn": "2022-01-01"}""".formatted(id, number, name, products));
    }

    private Response move(String region, String from, String to, String codes) {
        return api.as("procurement").post("/api/regions/" + region + "/product-moves", """
                {"productCodes": [%s], "fromSegmentId": "%s", "toSegmentId": "%s", "effectiveOn": "2026-01-01",
                 "reason": "segment 5 Crisis ends with the extension to 2027"}""".formatted(codes, from, to));
    }

    private Response close(String region, String segment, String mergeInto) {
        return api.as("procurement").post("/api/regions/" + region + "/segments/" + segment + "/closure",
                "{\"mergeIntoSegmentId\": \"%s\", \"effectiveOn\": \"2026-01-01\", \"decisionRef\": \"AB 2025-06-19\"}"
                        .formatted(mergeInto));
    }

    private JsonNode segment(String id, long position) {
        Response response = api.as("auditor").get("/api/segments/" + id + "?minPosition=" + position);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private String lastRecordedAt(String region) {
        JsonNode events = api.as("auditor").get("/api/regions/" + region + "/history").json().path("events");
        return events.get(events.size() - 1).path("recordedAt").asString();
    }

    private List<String> listed(String path) {
        List<String> listed = new ArrayList<>();
        api.as("legal").get(path).json()
                .forEach(segment -> listed.add(segment.path("number").asInt() + " " + segment.path("status").asString()));
        return listed;
    }

    private static List<String> codes(JsonNode products) {
        List<String> codes = new ArrayList<>();
        products.forEach(product -> codes.add(product.path("code").asString()));
        return codes;
    }
}
