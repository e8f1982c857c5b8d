package nl.contractledger.application.demo;

import nl.contractledger.application.support.ApiTest;
import nl.contractledger.domain.shared.BusinessDates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The procurement team's glance at a region: where every segment's tender and revision stand today. */
@TestPropertySource(properties = "ledger.demo.enabled=true")
class DemoProgressTest extends ApiTest {

    private static final Set<String> ADMINISTRATION = Set.of("TariffsSet", "SpendingCapSet", "KpiAgreed", "KpiResultRecorded",
            "FinancialConsequenceImposed");

    @Autowired
    private JdbcClient jdbc;

    /** The day segment 1's contract starts, as the tender planned. */
    private static final LocalDate CONTRACT_START = LocalDate.of(2027, 1, 1);

    @Test
    void givenTheDemo_whenProcurementLooksAtHaaglandensProgress_thenSegmentOneShowsItsAwardFourDaysEarlyAndItsContractsEnd() {
        JsonNode progress = api.as("procurement").get("/api/regions/haaglanden/progress?minPosition=" + demoLoaded()).json();

        assertThat(progress.path("name").asString()).isEqualTo("Haaglanden");
        assertThat(progress.path("on").asString()).isEqualTo(BusinessDates.today().toString());
        JsonNode tender = segment(progress, "hgl-s1").path("tender");
        if (BusinessDates.today().isBefore(CONTRACT_START)) {
            assertThat(tender.path("lastStep").path("type").asString()).isEqualTo("ContractSigned");
            assertThat(tender.path("lastPlannedStep").path("type").asString()).isEqualTo("TenderAwarded");
            assertThat(tender.path("lastPlannedStep").path("plannedDate").asString()).isEqualTo("2026-06-30");
            assertThat(tender.path("lastPlannedStep").path("deviationDays").asLong()).isEqualTo(-4);
        } else {
            assertThat(tender.path("lastStep")).as("the contract started as planned").isEqualTo(tender.path("lastPlannedStep"));
            assertThat(tender.path("lastPlannedStep").path("type").asString()).isEqualTo("ContractStart");
            assertThat(tender.path("lastPlannedStep").path("plannedDate").asString()).isEqualTo(CONTRACT_START.toString());
            assertThat(tender.path("lastPlannedStep").path("deviationDays").asLong()).isZero();
        }
        assertThat(tender.path("nextDeadline").path("summary").asString())
                .isEqualTo("Contract hgl-2027-s1-verblijf \"Overeenkomst jeugdhulp met verblijf 2027\" ends");
        assertThat(segment(progress, "hgl-s1").has("revision")).as("segment 1 was tendered, not revised").isFalse();
    }

    @Test
    void givenTheH10AgreementsSpendingCapsRecordedToday_whenItsSegmentsProgressIsRead_thenItsLastStepIsAnEarlierStepOfTheAgreement() {
        long head = demoLoaded();
        JsonNode progress = api.as("procurement").get("/api/regions/haaglanden/progress?minPosition=" + head).json();

        JsonNode lastStep = segment(progress, "hgl-h10").path("revision").path("lastStep");
        assertThat(lastStep.path("type").asString()).as(lastStep.toString()).isIn("ContractExtended", "ContractRevised", "ProviderWithdrew");
        List<String> capDays = new ArrayList<>();
        api.as("procurement").get("/api/segments/hgl-h10/timeline?kind=revision&minPosition=" + head).json().path("revision")
                .forEach(entry -> {
                    if (entry.path("type").asString().equals("SpendingCapSet")) {
                        capDays.add(entry.path("date").asString());
                    }
                });
        assertThat(capDays).as("the caps stand in the timeline on the day recorded, not before the last step").isNotEmpty()
                .allMatch(day -> day.equals(BusinessDates.today().toString()) && day.compareTo(lastStep.path("date").asString()) >= 0);
    }

    @Test
    void givenTheDemo_whenTheProgressOfEverySegmentIsRead_thenItIsWhereEachOfItsTimelinesStandsToday() {
        long head = demoLoaded();
        JsonNode progress = api.as("auditor").get("/api/regions/haaglanden/progress?minPosition=" + head).json();
        LocalDate today = BusinessDates.today();

        List<Integer> numbers = new ArrayList<>();
        progress.path("segments").forEach(segment -> numbers.add(segment.path("number").asInt()));
        assertThat(numbers).hasSizeGreaterThanOrEqualTo(5).isSorted();
        for (JsonNode segment : progress.path("segments")) {
            String id = segment.path("segmentId").asString();
            for (String kind : List.of("tender", "revision")) {
                JsonNode entries = api.as("auditor").get("/api/segments/" + id + "/timeline?kind=" + kind + "&minPosition=" + head).json().path(kind);
                JsonNode lastStep = null;
                JsonNode lastPlannedStep = null;
                JsonNode nextDeadline = null;
                List<JsonNode> missed = new ArrayList<>();
                for (JsonNode entry : entries) {
                    boolean deadline = entry.path("deadline").asBoolean(false);
                    if (!deadline && !LocalDate.parse(entry.path("date").asString()).isAfter(today)) {
                        lastStep = ADMINISTRATION.contains(entry.path("type").asString()) ? lastStep : entry;
                        lastPlannedStep = entry.has("plannedDate") ? entry : lastPlannedStep;
                    }
                    boolean toCome = deadline && entry.path("type").asString().equals("Deadline");
                    nextDeadline = toCome && nextDeadline == null ? entry : nextDeadline;
                    if (deadline && !toCome) {
                        missed.add(entry);
                    }
                }
                JsonNode stands = segment.path(kind);
                assertThat(stands.isMissingNode()).as(id + " " + kind + " has nothing")
                        .isEqualTo(lastStep == null && nextDeadline == null && missed.isEmpty());
                assertThat(stands.get("lastStep")).as(id + " " + kind + " last step").isEqualTo(lastStep);
                assertThat(stands.get("lastPlannedStep")).as(id + " " + kind + " last planned step").isEqualTo(lastPlannedStep);
                assertThat(stands.get("nextDeadline")).as(id + " " + kind + " next deadline").isEqualTo(nextDeadline);
                List<JsonNode> missedInProgress = new ArrayList<>();
                stands.path("missedDeadlines").forEach(missedInProgress::add);
                assertThat(missedInProgress).as(id + " " + kind + " missed deadlines").isEqualTo(missed);
            }
        }
        assertThat(progress.path("segments").findValues("lastPlannedStep")).as("the demo has plans to compare with").isNotEmpty();
        assertThat(api.as("legal").get("/api/regions/no-such-region/progress").status()).isEqualTo(404);
        assertThat(api.as("legal").get("/api/regions/NOT%20AN%20ID/progress").status()).isEqualTo(400);
    }

    @Test
    void givenTheDemo_whenTheDeadlinesOfTheNextTenYearsAreRead_thenTheyAreEveryTimelinesDeadlinesOnceEachSoonestFirst() {
        long head = demoLoaded();
        JsonNode watched = api.as("procurement").get("/api/regions/haaglanden/deadlines?within=3660&minPosition=" + head).json();
        LocalDate until = LocalDate.parse(watched.path("until").asString());
        assertThat(until).isEqualTo(BusinessDates.today().plusDays(3660));

        Map<String, Set<String>> fromTimelines = new TreeMap<>();
        for (JsonNode segment : api.as("auditor").get("/api/regions/haaglanden/progress?minPosition=" + head).json().path("segments")) {
            String id = segment.path("segmentId").asString();
            for (String kind : List.of("tender", "revision")) {
                for (JsonNode entry : api.as("auditor").get("/api/segments/" + id + "/timeline?kind=" + kind + "&minPosition=" + head)
                        .json().path(kind)) {
                    boolean missed = entry.path("type").asString().equals("DeadlineMissed");
                    if (entry.path("deadline").asBoolean(false) && (missed || !LocalDate.parse(entry.path("date").asString()).isAfter(until))) {
                        fromTimelines.computeIfAbsent(key(entry), ignored -> new TreeSet<>()).add(id);
                    }
                }
            }
        }
        Map<String, Set<String>> listed = new TreeMap<>();
        List<String> dates = new ArrayList<>();
        for (JsonNode deadline : watched.path("deadlines")) {
            assertThat(listed.put(key(deadline), new TreeSet<>(deadline.path("segments").findValuesAsString("segmentId"))))
                    .as("listed once: " + deadline).isNull();
            dates.add(deadline.path("date").asString());
        }
        assertThat(fromTimelines).as("the demo's contracts end within ten years").isNotEmpty();
        assertThat(listed).isEqualTo(fromTimelines);
        assertThat(dates).isSorted();
    }

    private static String key(JsonNode deadline) {
        return String.join(" ", deadline.path("date").asString(), deadline.path("type").asString(),
                deadline.path("aggregateId").asString(), deadline.path("summary").asString());
    }

    /** The last position of the demo, once its revisions' contracts are revised (the saga's last events). */
    private long demoLoaded() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.as("legal")
                .get("/api/contracts/h10-ontwikkel-2021?on=2027-01-01").json().path("termsVersionInForce").asInt()).isEqualTo(3));
        return jdbc.sql("SELECT MAX(global_index) FROM domain_event_entry").query(Long.class).single();
    }

    private static JsonNode segment(JsonNode progress, String segmentId) {
        for (JsonNode segment : progress.path("segments")) {
            if (segment.path("segmentId").asString().equals(segmentId)) {
                return segment;
            }
        }
        throw new AssertionError("no segment " + segmentId + " in " + progress);
    }
}
