package nl.contractledger.application.web.segment;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.ReadModelsReplayed;
import nl.contractledger.application.support.Response;
import nl.contractledger.application.support.RunningApplication;
import nl.contractledger.application.support.Staff;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tender's contract terminated on its first day never started: its start leaves the tender timeline from the
 * instant the termination was recorded, while the timeline as it stood before still shows it, live and rebuilt alike.
 * A contract terminated after its first day keeps its start.
 */
abstract class WithdrawnStartContract {

    private static final String REGION = "unstarted";
    private static final String TENDER = REGION + "-2021";
    private static final String UNSTARTED = TENDER + "-a";
    private static final String STARTED = TENDER + "-b";
    private static final String HASH = "5e".repeat(32);

    /** The properties that put the application on the database under test. */
    protected abstract String[] database();

    protected abstract Staff staff();

    @Test
    void givenTwoContractsOfATender_whenOneIsTerminatedOnItsFirstDayAndOneAfter_thenOnlyTheFirstsStartIsWithdrawnAsOfTheTermination()
            throws InterruptedException {
        try (RunningApplication application = RunningApplication.start(database())) {
            ApiClient.Call procurement = staff().procurement(application.api());
            awardTender(procurement);
            created(procurement.post("/api/contracts", contract(STARTED)));
            Response published = procurement.post("/api/contracts", contract(UNSTARTED));
            created(published);
            assertThat(lastPlannedStep(procurement, published.position())).as("the later of the two starts of the day")
                    .isEqualTo(UNSTARTED);
            Thread.sleep(5);
            Instant beforeTheTermination = Instant.now();
            Thread.sleep(5);

            ok(procurement.post("/api/contracts/" + UNSTARTED + "/termination",
                    "{\"effectiveOn\": \"2021-02-01\", \"reason\": \"the provider went bankrupt before the start\"}"));
            Response last = procurement.post("/api/contracts/" + STARTED + "/termination",
                    "{\"effectiveOn\": \"2021-06-01\", \"reason\": \"the provider went bankrupt\"}");
            ok(last);

            String startOfUnstarted = "2021-02-01 ContractStart " + UNSTARTED;
            String startOfStarted = "2021-02-01 ContractStart " + STARTED;
            assertThat(tenderSteps(procurement, "minPosition=" + last.position())).as("terminated on its first day")
                    .contains(startOfStarted, "2021-02-01 ContractTerminated " + UNSTARTED, "2021-06-01 ContractTerminated " + STARTED)
                    .doesNotContain(startOfUnstarted);
            assertThat(lastPlannedStep(procurement, last.position())).isEqualTo(STARTED);
            assertThat(tenderSteps(procurement, "asOf=" + beforeTheTermination)).as("as the team saw it before")
                    .contains(startOfUnstarted, startOfStarted);

            ReadModelsReplayed.assertEqualToAFreshReplay(application, staff());
            assertThat(tenderSteps(procurement, "minPosition=" + last.position())).as("rebuilt")
                    .contains(startOfStarted).doesNotContain(startOfUnstarted);
            assertThat(tenderSteps(procurement, "asOf=" + beforeTheTermination)).as("rebuilt, as before the termination")
                    .contains(startOfUnstarted, startOfStarted);
        }
    }

    /** A tender of segment 1 planning its contracts from 2021-01-01, awarded to provider a. */
    private static void awardTender(ApiClient.Call procurement) {
        created(procurement.post("/api/regions", "{\"id\": \"%s\", \"name\": \"R\", \"municipalities\": [\"Delft\"]}".formatted(REGION)));
        created(procurement.post("/api/regions/" + REGION + "/segments", """
                {"id": "%s-s1", "number": 1, "name": "Verblijf", "procurementForm": "NEW_TENDER", "fundingForm": "TASK_BASED"}"""
                .formatted(REGION)));
        created(procurement.post("/api/providers",
                "{\"id\": \"%s-a\", \"name\": \"Provider a\", \"kvkNumber\": \"54000001\", \"sizeClass\": \"LARGE\"}".formatted(REGION)));
        created(procurement.post("/api/tenders", """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s-s1"], "title": "Verblijf 2021", "plannedOn": "2020-06-01",
                 "plannedMilestones": {"award": "2020-11-30", "contractStart": "2021-01-01"}}""".formatted(TENDER, REGION, REGION)));
        String tender = "/api/tenders/" + TENDER;
        ok(procurement.post(tender + "/document-approval", """
                {"approvedOn": "2020-07-01", "decisionRef": "AB", "document": {"title": "Leidraad", "sha256": "%s"}}""".formatted(HASH)));
        ok(procurement.post(tender + "/publication", """
                {"publishedOn": "2020-07-01", "submissionDeadline": "2020-09-01",
                 "document": {"title": "Leidraad", "sha256": "%s"}}""".formatted(HASH)));
        ok(procurement.post(tender + "/bids", """
                {"id": "bid-a", "providerId": "%s-a", "segmentIds": ["%s-s1"], "submittedOn": "2020-09-01"}"""
                .formatted(REGION, REGION)));
        ok(procurement.post(tender + "/submission-closure", "{\"closedOn\": \"2020-09-01\"}"));
        ok(procurement.post(tender + "/award-decision", """
                {"decidedOn": "2020-10-15", "winners": [{"segmentId": "%s-s1", "providerId": "%s-a"}], "motivation": "best"}"""
                .formatted(REGION, REGION)));
        ok(procurement.post(tender + "/award", "{\"awardedOn\": \"2020-11-10\"}"));
    }

    /** A contract of the tender published on 2020-12-15, starting on 2021-02-01, a month after the plan. */
    private static String contract(String id) {
        return """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s-s1"], "kind": "GENERAL_AGREEMENT", "title": "Verblijf",
                 "route": {"type": "TENDER", "tenderId": "%s"}, "startsOn": "2021-02-01", "endsOn": "2027-01-31",
                 "publishedOn": "2020-12-15", "document": {"title": "Overeenkomst", "sha256": "%s"}}"""
                .formatted(id, REGION, REGION, TENDER, HASH);
    }

    /** The tender timeline of segment 1 as "date type aggregate", its deadlines included. */
    private static List<String> tenderSteps(ApiClient.Call procurement, String query) {
        Response timeline = procurement.get("/api/segments/" + REGION + "-s1/timeline?kind=tender&" + query);
        assertThat(timeline.status()).as(timeline.body()).isEqualTo(200);
        List<String> steps = new ArrayList<>();
        timeline.json().path("tender").forEach(entry -> steps.add(entry.path("date").asString() + " "
                + entry.path("type").asString() + " " + entry.path("aggregateId").asString()));
        return steps;
    }

    /** The contract whose start is the latest step against the plan of segment 1's tender timeline. */
    private static String lastPlannedStep(ApiClient.Call procurement, long minPosition) {
        JsonNode progress = procurement.get("/api/regions/" + REGION + "/progress?minPosition=" + minPosition).json();
        return progress.path("segments").get(0).path("tender").path("lastPlannedStep").path("aggregateId").asString();
    }

    private static void created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
}
