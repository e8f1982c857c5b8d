package nl.contractledger.application.demo;

import nl.contractledger.application.admin.ProjectionRebuild;
import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.Response;
import nl.contractledger.application.support.SegmentHistoryOracle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static nl.contractledger.application.support.SegmentHistoryOracle.positions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Auditors replay the history of a whole segment: every recorded event that concerns it, in recorded order. */
@TestPropertySource(properties = "ledger.demo.enabled=true")
class DemoSegmentHistoryTest extends ApiTest {

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ProjectionRebuild rebuild;

    @Test
    void givenTheDemo_whenAnAuditorReadsTheHistoryOfEachSegment_thenItHoldsExactlyTheEventsThatConcernItInRecordedOrder() {
        long head = demoLoaded();
        SegmentHistoryOracle oracle = SegmentHistoryOracle.read(api.as("auditor"));

        for (String segment : List.of("hgl-s1", "hgl-s2", "hgl-s5", "hgl-h10", "zhz-s1", "zhz-s2", "zhz-s5")) {
            JsonNode history = api.as("auditor").get("/api/segments/" + segment + "/history?minPosition=" + head).json();
            assertThat(history.path("segmentId").asString()).isEqualTo(segment);
            assertThat(history.path("more").asBoolean()).isFalse();
            List<Long> expected = oracle.positionsConcerning(segment);
            assertThat(expected).as("the demo has events for " + segment).isNotEmpty();
            assertThat(positions(history.path("events"))).as(segment).isEqualTo(expected);
        }
    }

    @Test
    void givenTheDemo_whenAnAuditorReadsSegmentTwo_thenItSeesItsOwnRegionEventsItsRevisionsAndTheirOutcomeOnTheH10Agreement() {
        JsonNode events = api.as("auditor").get("/api/segments/hgl-s2/history?minPosition=" + demoLoaded()).json().path("events");

        assertThat(typesOf(events, "Region")).as("the budget of 2024, \"2.41.354\" in the source, was refused and wrote nothing")
                .containsExactly("SegmentDefined", "SegmentBudgetSet");
        assertThat(events.findValuesAsString("aggregateId")).contains("hgl-rev-2027-1")
                .as("the second revision is of segment 5 alone, the tender of segment 1")
                .doesNotContain("hgl-rev-2027-2", "hgl-2027-s1", "hgl-2027-s1-verblijf");
        List<JsonNode> onTheAgreement = new ArrayList<>();
        events.forEach(event -> {
            if (event.path("aggregateId").asString().equals("h10-ontwikkel-2021")) {
                onTheAgreement.add(event);
            }
        });
        assertThat(onTheAgreement).as("its revision to terms version 2, the provider admitted to the revised agreement "
                        + "joining it, and the withdrawal on the notice given to the revision")
                .extracting(event -> event.path("type").asString())
                .containsExactlyInAnyOrder("ContractRevised", "ProviderAdmitted", "ProviderWithdrew");
        assertThat(onTheAgreement).as("not the agreement's own history, nor the second revision's outcome on it")
                .extracting(event -> event.path("payload").path("revisionId").asString()).containsOnly("hgl-rev-2027-1");
        JsonNode first = events.get(0);
        assertThat(first.path("actor").asString()).isEqualTo(DemoLoader.ACTOR);
        assertThat(first.path("recordedAt").asString()).isNotBlank();
    }

    @Test
    void givenZuidHollandZuid_whenAnAuditorReadsSegmentOne_thenItSeesTheMoveIntoItAndTheMergeButNotTheMoveIntoSegmentTwo() {
        JsonNode events = api.as("auditor").get("/api/segments/zhz-s1/history?minPosition=" + demoLoaded()).json().path("events");

        List<String> region = typesOf(events, "Region");
        assertThat(region).containsOnlyOnce("ProductsMoved", "SegmentClosed").startsWith("SegmentDefined");
        JsonNode moved = only(events, "ProductsMoved");
        assertThat(moved.path("payload").path("toSegmentId").asString()).isEqualTo("zhz-s1");
        assertThat(only(events, "SegmentClosed").path("payload").path("mergeIntoSegmentId").asString()).isEqualTo("zhz-s1");
        assertThat(events.findValuesAsString("type")).as("the KPIs of the general agreement, which no timeline shows")
                .contains("KpiAgreed", "FinancialConsequenceImposed");
    }

    @Test
    void givenALongHistory_whenItIsReadInPages_thenFollowingNextGivesEveryEventOnceAndInOrder() {
        long head = demoLoaded();
        List<Long> whole = positions(api.as("auditor").get("/api/segments/hgl-s2/history?minPosition=" + head).json().path("events"));

        Response first = api.as("legal").get("/api/segments/hgl-s2/history?limit=7");
        JsonNode page = first.json();
        assertThat(positions(page.path("events"))).as("full, although the region's first events name other segments")
                .isEqualTo(whole.subList(0, 7));
        assertThat(page.path("more").asBoolean()).isTrue();
        assertThat(page.path("lastPosition").asLong()).isEqualTo(whole.get(6));
        assertThat(first.header("Link")).isEqualTo("</api/segments/hgl-s2/history?afterPosition=%d&limit=7>; rel=\"next\""
                .formatted(page.path("lastPosition").asLong()));
        assertThat(SegmentHistoryOracle.pagedPositions(api.as("legal"), "hgl-s2", 7)).isEqualTo(whole);

        Response last = api.as("legal").get("/api/segments/hgl-s2/history?afterPosition=" + whole.get(whole.size() - 2));
        assertThat(positions(last.json().path("events"))).containsExactly(whole.get(whole.size() - 1));
        assertThat(last.json().path("more").asBoolean()).isFalse();
        assertThat(last.header("Link")).isNull();
    }

    @Test
    void givenTheTimelinesBeingRebuilt_whenASegmentsHistoryIsRead_thenItAnswersUnavailableUntilTheyAreDoneAndThenAsBefore() {
        String path = "/api/segments/hgl-s1/history?minPosition=" + demoLoaded();
        JsonNode before = api.as("auditor").get(path).json().path("events");

        rebuild.queued("timelines");
        Response during = api.as("auditor").get(path);
        assertThat(during.status()).isEqualTo(503);
        assertThat(during.code()).isEqualTo("READ_MODEL_REBUILDING");
        assertThat(during.header("Retry-After")).isNotBlank();
        assertThat(rebuild.run("timelines").failure()).isNull();

        assertThat(api.as("auditor").get(path).json().path("events")).isEqualTo(before);
    }

    @Test
    void givenARevisionProcedure_whenAnAuditorDownloadsItsHistoryAsCsv_thenTheFileIsNamedAfterItsStream() {
        Response csv = api.as("auditor").header("Accept", "text/csv").get("/api/revisions/hgl-rev-2027-1/history");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"revision-hgl-rev-2027-1-history.csv\"");
    }

    @Test
    void givenBadInput_whenASegmentsHistoryIsAskedFor_thenItIsAProblemNamingTheCause() {
        assertThat(api.as("auditor").get("/api/segments/no-such-segment/history").code()).isEqualTo("NOT_FOUND");
        assertThat(api.as("auditor").get("/api/segments/NOT%20AN%20ID/history").status()).isEqualTo(400);
        assertThat(api.as("auditor").get("/api/segments/hgl-s1/history?limit=0").code()).isEqualTo("VALIDATION_FAILED");
        assertThat(api.as("auditor").get("/api/segments/hgl-s1/history?limit=1001").status()).isEqualTo(400);
        assertThat(api.as("auditor").get("/api/segments/hgl-s1/history?afterPosition=-1").status()).isEqualTo(400);
        assertThat(api.as("auditor").get("/api/segments/hgl-s1/history?afterPosition=x").status()).isEqualTo(400);
    }

    private static List<String> typesOf(JsonNode events, String aggregateType) {
        List<String> types = new ArrayList<>();
        events.forEach(event -> {
            if (event.path("aggregateType").asString().equals(aggregateType)) {
                types.add(event.path("type").asString());
            }
        });
        return types;
    }

    private static JsonNode only(JsonNode events, String type) {
        List<JsonNode> found = new ArrayList<>();
        events.forEach(event -> {
            if (event.path("type").asString().equals(type)) {
                found.add(event);
            }
        });
        assertThat(found).as(type).hasSize(1);
        return found.get(0);
    }

    /** The last position of the demo, once its revisions' contracts are revised (the saga's last events). */
    private long demoLoaded() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.as("legal")
                .get("/api/contracts/h10-ontwikkel-2021?on=2027-01-01").json().path("termsVersionInForce").asInt()).isEqualTo(3));
        return jdbc.sql("SELECT MAX(global_index) FROM domain_event_entry").query(Long.class).single();
    }
}
