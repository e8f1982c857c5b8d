package nl.contractledger.application.web.segment;

import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.ToIntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A long timeline is read a page at a time: pages follow each other through their {@code next} cursor,
 * recorded entries and open deadlines in the one order of the whole timeline, ties on a date included.
 */
class TimelinePagingTest extends ApiTest {

    private static final String DOCUMENT = "{\"title\": \"Overeenkomst\", \"sha256\": \"" + "ab".repeat(32) + "\"}";

    private String segment;
    private long position;

    /** Five open-house contracts, two published on one day and two ending on one day, each with an admission. */
    @BeforeEach
    void givenASegmentWithFiveContracts() {
        String region = unique("pages");
        segment = region + "-s1";
        created(procurement().post("/api/regions", "{\"id\": \"%s\", \"name\": \"R\", \"municipalities\": [\"Delft\"], \"establishedOn\": \"2015-01-01\"}"
                .formatted(region)));
        created(procurement().post("/api/regions/" + region + "/segments", """
                {"id": "%s", "number": 1, "name": "Segment 1", "procurementForm": "OPEN_HOUSE", "fundingForm": "EFFORT_BASED"}"""
                .formatted(segment)));
        String provider = region + "-p";
        created(procurement().post("/api/providers", "{\"id\": \"%s\", \"name\": \"Provider (invented)\", \"kvkNumber\": \"%s\", \"sizeClass\": \"LARGE\"}"
                .formatted(provider, String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L)))));
        String[][] contracts = {{"c", "2024-03-01", "2040-12-31"}, {"a", "2024-03-01", "2040-12-31"},
                {"b", "2023-01-01", "2039-06-30"}, {"e", "2025-07-01", "2041-01-31"}, {"d", "2022-01-01", "2038-12-31"}};
        for (String[] contract : contracts) {
            String id = region + "-" + contract[0];
            created(procurement().post("/api/contracts", """
                    {"id": "%s", "regionId": "%s", "segmentIds": ["%s"], "kind": "GENERAL_AGREEMENT", "title": "Contract %s",
                     "route": {"type": "OPEN_HOUSE"}, "startsOn": "%s", "endsOn": "%s", "publishedOn": "%s",
                     "fundingForm": "EFFORT_BASED", "document": %s}"""
                    .formatted(id, region, segment, contract[0], contract[1], contract[2], contract[1], DOCUMENT)));
            Response admitted = procurement().post("/api/contracts/" + id + "/admissions",
                    "{\"providerId\": \"%s\", \"admittedOn\": \"%s\", \"qualityCheckRef\": \"QC (invented)\"}".formatted(provider, contract[1]));
            assertThat(admitted.status()).as(admitted.body()).isEqualTo(200);
            position = admitted.position();
        }
    }

    @Test
    void givenALongTimeline_whenReadFourEntriesAPage_thenThePagesTogetherAreTheWholeTimelineInItsOrder() {
        JsonNode whole = auditor().get("/api/segments/" + segment + "/timeline?kind=revision&minPosition=" + position).json()
                .path("revision");
        assertThat(whole).hasSize(15);
        assertThat(whole.findValues("deadline")).hasSize(5);

        List<JsonNode> paged = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String next = null;
        do {
            Response page = auditor().get("/api/segments/" + segment + "/timeline?kind=revision&limit=4"
                    + (next == null ? "" : "&after=" + next));
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            assertThat(page.json().has("tender")).isFalse();
            page.json().path("revision").forEach(paged::add);
            sizes.add(page.json().path("revision").size());
            next = page.json().path("next").isMissingNode() ? null : page.json().path("next").asString();
        } while (next != null);

        assertThat(sizes).containsExactly(4, 4, 4, 3);
        assertThat(paged).containsExactlyElementsOf(whole);
    }

    @Test
    void givenALongTimeline_whenDrawnAndExportedFourEntriesAPage_thenEachPageLinksToTheNextUntilTheTimelineEnds() {
        Response caughtUp = auditor().get("/api/segments/" + segment + "/timeline?kind=revision&minPosition=" + position);
        assertThat(caughtUp.json().path("revision")).hasSize(15);

        assertThat(pageSizes("/timeline.svg", body -> body.split("<title>", -1).length - 2)).containsExactly(4, 4, 4, 3);
        assertThat(pageSizes("/timeline", body -> (int) body.lines().count() - 1)).containsExactly(4, 4, 4, 3);
    }

    /** Follows the {@code Link: <…>; rel="next"} of each page from the first; answers the entries of each page. */
    private List<Integer> pageSizes(String path, ToIntFunction<String> entries) {
        List<Integer> sizes = new ArrayList<>();
        String page = "/api/segments/" + segment + path + "?kind=revision&limit=4";
        while (page != null) {
            Response response = auditor().header("Accept", path.endsWith(".svg") ? "image/svg+xml" : "text/csv").get(page);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            sizes.add(entries.applyAsInt(response.body()));
            String link = response.header("Link");
            assertThat(sizes).as("pages without end: " + link).hasSizeLessThan(10);
            page = link == null ? null : link.substring(link.indexOf('<') + 1, link.indexOf(">; rel=\"next\""));
        }
        return sizes;
    }

    @Test
    void givenTheWholeTimeline_whenOrdered_thenDatesRiseAndDeadlinesOfOneDayFollowTheirAggregates() {
        JsonNode whole = auditor().get("/api/segments/" + segment + "/timeline?kind=revision&minPosition=" + position).json()
                .path("revision");
        List<String> dates = whole.findValuesAsString("date");
        assertThat(dates).isSorted();
        List<String> sameDayEnds = new ArrayList<>();
        whole.forEach(entry -> {
            if (entry.path("date").asString().equals("2040-12-31")) {
                sameDayEnds.add(entry.path("aggregateId").asString());
            }
        });
        assertThat(sameDayEnds).as(whole.toString()).hasSize(2).isSorted();
    }

    @Test
    void givenAPageRequest_whenItsLimitCursorOrKindIsWrong_thenA400NamesTheParameter() {
        assertThat(problemField("?kind=revision&limit=0")).isEqualTo("limit");
        assertThat(problemField("?kind=revision&limit=10001")).isEqualTo("limit");
        assertThat(problemField("?kind=revision&after=ZXwyMDI0")).isEqualTo("limit");
        assertThat(auditor().get("/api/segments/" + segment + "/timeline?kind=revision&after=ZXwyMDI0").json()
                .path("detail").asString()).startsWith("a page after another is read with limit");
        assertThat(problemField("?limit=5")).isEqualTo("kind");
        assertThat(problemField("?kind=revision&limit=5&after=not-a-cursor")).isEqualTo("after");
        assertThat(problemField("?kind=revision&limit=5&after=" + "eHwyMDI0LTAxLTAxfGF8Yg")).isEqualTo("after");
        assertThat(problemField("?kind=revision&limit=5&after=" + cursor("e|+999999999-12-31|2024-01-01T00:00:00Z|1"))).isEqualTo("after");
        assertThat(problemField("?kind=revision&limit=5&after=" + cursor("e|2024-01-01|+1000000000-01-01T00:00:00Z|1"))).isEqualTo("after");
        assertThat(problemField("?kind=revision&limit=5&after=" + cursor("d|-0001-01-01|a|b"))).isEqualTo("after");
    }

    private static String cursor(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private String problemField(String query) {
        Response response = auditor().get("/api/segments/" + segment + "/timeline" + query);
        assertThat(response.status()).as(query).isEqualTo(400);
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
        return response.json().path("errors").get(0).path("field").asString();
    }
}
