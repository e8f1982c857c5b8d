package nl.contractledger.application.web.tender;

import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.Response;
import nl.contractledger.application.support.TimelineDeadlines;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two tenders from the sources. Dates the sources do not give (days within a month, the day of filing)
 * are invented and marked as such.
 */
class TenderStoryTest extends ApiTest {

    private static final String HASH = "3f".repeat(32);

    @Test
    void givenTheHaaglanden2027Tender_whenTheAwardIsDecidedOn11June_thenItCanBeMadeFinalOn2JulyNotOn1July() {
        String region = unique("hgl");
        String tender = region + "-tender";
        setUpRegion(region, "NEW_TENDER");
        Response planned = procurement().post("/api/tenders", """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s-s1"], "title": "Jeugdhulp met verblijf 2027",
                 "estimatedValue": "48058090.00",
                 "plannedMilestones": {"consultation": "2025-10-01", "documentsDecision": "2026-01-15",
                   "publication": "2026-02-01", "submissionDeadline": "2026-05-01", "awardDecision": "2026-06-01",
                   "award": "2026-06-30", "contractStart": "2027-01-01"}}""".formatted(tender, region, region));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        ok(command(tender, "/market-consultation", "{\"startedOn\": \"2025-10-06\"}"));
        ok(command(tender, "/document-approval", """
                {"approvedOn": "2026-01-20", "decisionRef": "AB 2026-01-20 (invented)",
                 "document": {"title": "Aanbestedingsleidraad", "sha256": "%s"}}""".formatted(HASH)));
        ok(command(tender, "/publication", """
                {"publishedOn": "2026-02-02", "submissionDeadline": "2026-05-01",
                 "document": {"title": "Aankondiging", "sha256": "%s"}}""".formatted(HASH)));
        ok(command(tender, "/bids", bid("bid-a", region + "-a", region, "2026-04-29")));
        ok(command(tender, "/bids", bid("bid-b", region + "-b", region, "2026-05-01")));
        Response late = command(tender, "/bids", bid("bid-late", region + "-b", region, "2026-05-02"));
        assertThat(late.code()).isEqualTo("BID_AFTER_DEADLINE");
        ok(command(tender, "/submission-closure", "{\"closedOn\": \"2026-05-01\"}"));

        Response decided = decideForA(tender, region, "2026-06-11", "best price-quality ratio");
        ok(decided);
        assertThat(decided.json().path("standstillEndsOn").asString()).isEqualTo("2026-07-01");

        Response tooEarly = command(tender, "/award", "{\"awardedOn\": \"2026-07-01\"}");
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.code()).isEqualTo("STANDSTILL_NOT_ELAPSED");
        assertThat(tooEarly.json().path("standstillEndsOn").asString()).isEqualTo("2026-07-01");
        assertThat(tooEarly.json().path("earliestAwardOn").asString()).isEqualTo("2026-07-02");
        Response awarded = command(tender, "/award", "{\"awardedOn\": \"2026-07-02\"}");
        ok(awarded);

        JsonNode view = procurement().get("/api/tenders/" + tender + "?minPosition=" + awarded.position()).json();
        assertThat(view.path("state").asString()).isEqualTo("AWARDED");
        assertThat(view.path("standstill").path("endsOn").asString()).isEqualTo("2026-07-01");
        assertThat(view.path("bids")).hasSize(2);
        assertThat(view.path("winners").get(0).path("providerId").asString()).isEqualTo(region + "-a");
        assertThat(milestone(view, "awardDecision").path("deviationDays").asLong()).isEqualTo(10);
        assertThat(milestone(view, "award").path("actualOn").asString()).isEqualTo("2026-07-02");
        assertThat(milestone(view, "award").path("deviationDays").asLong()).isEqualTo(2);
        assertThat(view.path("planningWarning").isMissingNode()).as("a decision on 1 June leaves time").isTrue();
        assertThat(procurement().get("/api/tenders/" + tender + "/history").json().path("events")).hasSize(9);

        JsonNode timeline = api.as("auditor").get("/api/segments/" + region + "-s1/timeline?kind=tender&minPosition="
                + awarded.position()).json();
        assertThat(timeline.has("revision")).isFalse();
        assertThat(timeline.path("tender").findValuesAsString("type")).contains("TenderPlanned").containsSubsequence(
                "MarketConsultationStarted", "TenderDocumentsApproved", "TenderPublished", "BidRegistered",
                "SubmissionsClosed", "AwardDecided", "TenderAwarded");
        JsonNode decision = entry(timeline.path("tender"), "AwardDecided");
        assertThat(decision.path("date").asString()).isEqualTo("2026-06-11");
        assertThat(decision.path("plannedDate").asString()).isEqualTo("2026-06-01");
        assertThat(decision.path("deviationDays").asLong()).isEqualTo(10);
        assertThat(decision.path("actor").asString()).isEqualTo("procurement");
        assertThat(decision.path("summary").asString())
                .isEqualTo("Award decided to Provider a for segment 1 \"Jeugdhulp met verblijf\"; standstill until 2026-07-01");
        assertThat(entry(timeline.path("tender"), "MarketConsultationStarted").path("deviationDays").asLong()).isEqualTo(5);
        Response csv = api.as("auditor").header("Accept", "text/csv").get("/api/segments/" + region + "-s1/timeline");
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("timeline,date,recordedAt,type").contains("tender,2026-06-11");
        Response svg = api.as("auditor").get("/api/segments/" + region + "-s1/timeline.svg");
        assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(svg.body()).startsWith("<svg").contains("today", "Award decided", "10 days late")
                .contains(">Haaglanden, segment 1 &quot;Jeugdhulp met verblijf&quot;</text>");
    }

    private static JsonNode entry(JsonNode entries, String type) {
        for (JsonNode entry : entries) {
            if (entry.path("type").asString().equals(type)) {
                return entry;
            }
        }
        throw new AssertionError("no " + type + " in " + entries);
    }

    @Test
    void givenTheH10Tender_whenContestedAndTheCourtRulesOn22October2019_thenTheRoundIsBrokenOffAndResumedToAnAward() {
        String region = unique("h10");
        setUpRegion(region, "NEW_TENDER");
        String first = region + "-2020";
        openAndClose(first, region, "2019-06-03", "2019-08-01");
        Response decided = decideForA(first, region, "2019-09-13", "award decision (date invented)");
        ok(decided);
        ok(command(first, "/proceedings", """
                {"id": "kg-2019", "providerId": "%s-b", "filedOn": "2019-09-27", "court": "Rechtbank Den Haag"}
                """.formatted(region)));
        Response blocked = command(first, "/award", "{\"awardedOn\": \"2019-10-15\"}");
        assertThat(blocked.status()).isEqualTo(422);
        assertThat(blocked.code()).isEqualTo("SUMMARY_PROCEEDINGS_PENDING");
        String beforeTheRuling = lastRecordedAt(first);
        Response ruled = command(first, "/proceedings/kg-2019/ruling",
                "{\"ruledOn\": \"2019-10-22\", \"outcome\": \"RETENDER\"}");
        ok(ruled);

        JsonNode brokenOff = procurement().get("/api/tenders/" + first + "?minPosition=" + ruled.position()).json();
        assertThat(brokenOff.path("state").asString()).isEqualTo("CANCELLED");
        assertThat(brokenOff.path("proceedings").get(0).path("outcome").asString()).isEqualTo("RETENDER");
        assertThat(brokenOff.path("cancellation").path("cancelledOn").asString()).isEqualTo("2019-10-22");
        JsonNode contested = api.as("legal").get("/api/tenders/" + first + "?asOf=" + beforeTheRuling).json();
        assertThat(contested.path("state").asString()).isEqualTo("CONTESTED");
        assertThat(contested.path("proceedings").get(0).path("blocking").asBoolean()).isTrue();

        String resumed = region + "-2021";
        openAndClose(resumed, region, "2020-07-01", "2020-09-01");
        ok(decideForA(resumed, region, "2020-10-15", "award decision (date invented)"));
        Response awarded = command(resumed, "/award", "{\"awardedOn\": \"2020-11-10\"}");
        ok(awarded);
        assertThat(procurement().get("/api/tenders/" + resumed + "?minPosition=" + awarded.position()).json()
                .path("state").asString()).isEqualTo("AWARDED");
    }

    @Test
    void givenATenderThatAwardedLotOneOnlyToA_whenContractsArePublishedAndJoined_thenOnlyLotOneByAIsAccepted() {
        String region = unique("lots");
        setUpRegion(region, "NEW_TENDER");
        ok201(procurement().post("/api/regions/" + region + "/segments", """
                {"id": "%s-s2", "number": 2, "name": "Hoog specialistische jeugdhulp", "procurementForm": "NEW_TENDER",
                 "fundingForm": "TASK_BASED"}""".formatted(region)));
        String tender = region + "-2021";
        ok201(procurement().post("/api/tenders", "{\"id\": \"%s\", \"regionId\": \"%s\", \"segmentIds\": [\"%s-s1\", \"%s-s2\"], \"title\": \"Two lots\"}"
                .formatted(tender, region, region, region)));
        publishAndClose(tender, region, "2020-07-01", "2020-09-01");
        ok(decideForA(tender, region, "2020-10-15", "lot 2 had no acceptable bid"));
        ok(command(tender, "/award", "{\"awardedOn\": \"2020-11-10\"}"));

        Response lotTwo = procurement().post("/api/contracts", tenderContract(region, tender, "s2"));
        assertThat(lotTwo.status()).as(lotTwo.body()).isEqualTo(422);
        assertThat(lotTwo.code()).isEqualTo("SEGMENT_NOT_IN_TENDER");
        assertThat(lotTwo.json().path("detail").asString()).isEqualTo("tender " + tender + " awarded segment " + region
                + "-s2 to no winner");
        ok201(procurement().post("/api/contracts", tenderContract(region, tender, "s1")));
        String contract = "/api/contracts/" + tender + "-s1";
        for (Response byTheLoser : List.of(
                procurement().post(contract + "/signatures", "{\"providerId\": \"%s-b\", \"signedOn\": \"2020-12-01\"}".formatted(region)),
                procurement().post(contract + "/admissions", """
                        {"providerId": "%s-b", "admittedOn": "2020-12-01", "qualityCheckRef": "QC"}""".formatted(region)))) {
            assertThat(byTheLoser.status()).as(byTheLoser.body()).isEqualTo(422);
            assertThat(byTheLoser.code()).isEqualTo("PROVIDER_NOT_AWARDED");
        }
        ok(procurement().post(contract + "/signatures", "{\"providerId\": \"%s-a\", \"signedOn\": \"2020-12-01\"}".formatted(region)));
    }

    @Test
    void givenAnAwardedLot_whenItsContractIsPublishedAndSigned_thenTheAwardDossierShowsItAndWhenTheWinnerSignedAsRecordedThen() {
        String region = unique("awarded");
        setUpRegion(region, "NEW_TENDER");
        String tender = region + "-2021";
        openAndClose(tender, region, "2020-07-01", "2020-09-01");
        Response decided = decideForA(tender, region, "2020-10-15", "best price-quality ratio");
        ok(decided);
        assertThat(dossier(tender, decided.position()).path("contractsAwarded")).as("nothing awarded yet").isEmpty();
        ok(command(tender, "/award", "{\"awardedOn\": \"2020-11-10\"}"));
        ok201(procurement().post("/api/contracts", tenderContract(region, tender, "s1")));
        ok201(procurement().post("/api/contracts", tenderContract(region, tender, "s1")
                .replace(tender + "-s1", region + "-open").replace("\"type\": \"TENDER\", \"tenderId\": \"" + tender + "\"", "\"type\": \"OPEN_HOUSE\"")));
        String contract = "/api/contracts/" + tender + "-s1";
        Response signed = procurement().post(contract + "/signatures", "{\"providerId\": \"%s-a\", \"signedOn\": \"2020-12-01\"}".formatted(region));
        ok(signed);

        JsonNode awarded = dossier(tender, signed.position()).path("contractsAwarded");
        assertThat(awarded).as("not the segment's contract by open house").singleElement().satisfies(node -> {
            assertThat(node.path("contractId").asString()).isEqualTo(tender + "-s1");
            assertThat(node.path("title").asString()).isEqualTo("Lot s1");
            assertThat(node.path("segmentIds").get(0).asString()).isEqualTo(region + "-s1");
            assertThat(node.path("startsOn").asString()).isEqualTo("2021-01-01");
            assertThat(node.path("endsOn").asString()).isEqualTo("2026-12-31");
            assertThat(node.path("winners").toString()).isEqualTo(
                    "[{\"providerId\":\"%s-a\",\"signedOn\":\"2020-12-01\"}]".formatted(region));
        });
        String published = procurement().get(contract + "/history").json().path("events").get(0).path("recordedAt").asString();
        JsonNode beforeTheSignature = api.as("legal").get("/api/tenders/" + tender + "/dossier?asOf=" + published).json();
        assertThat(beforeTheSignature.path("contractsAwarded").get(0).path("winners").toString())
                .isEqualTo("[{\"providerId\":\"%s-a\"}]".formatted(region));
        Response printable = api.as("legal").header("Accept", "text/html").get("/api/tenders/" + tender + "/dossier");
        assertThat(printable.body()).contains("<h2>Contracts awarded</h2>", tender + "-s1 \"Lot s1\"",
                "2021-01-01 to 2026-12-31: Provider a (" + region + "-a) signed on 2020-12-01");
    }

    @Test
    void givenATenderThatPlannedItsContractsFrom2021_whenItsContractStartsAMonthLate_thenItsTimelineAndTheRegionsProgressSaySo() {
        String region = unique("start");
        setUpRegion(region, "NEW_TENDER");
        String tender = region + "-2021";
        ok201(procurement().post("/api/tenders", """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s-s1"], "title": "Verblijf 2021", "plannedOn": "2020-06-01",
                 "plannedMilestones": {"award": "2020-11-30", "contractStart": "2021-01-01"}}""".formatted(tender, region, region)));
        publishAndClose(tender, region, "2020-07-01", "2020-09-01");
        ok(decideForA(tender, region, "2020-10-15", "best price-quality ratio"));
        ok(command(tender, "/award", "{\"awardedOn\": \"2020-11-10\"}"));
        Response published = procurement().post("/api/contracts", tenderContract(region, tender, "s1")
                .replace("\"startsOn\": \"2021-01-01\", \"endsOn\": \"2026-12-31\"",
                        "\"startsOn\": \"2021-02-01\", \"endsOn\": \"2027-01-31\", \"publishedOn\": \"2020-12-15\""));
        ok201(published);

        JsonNode timeline = procurement().get("/api/segments/" + region + "-s1/timeline?kind=tender&minPosition="
                + published.position()).json().path("tender");
        JsonNode last = timeline.get(timeline.size() - 1).path("deadline").asBoolean() ? timeline.get(timeline.size() - 2)
                : timeline.get(timeline.size() - 1);
        assertThat(List.of(last.path("date").asString(), last.path("type").asString(), last.path("aggregateId").asString(),
                last.path("plannedDate").asString(), last.path("deviationDays").asString(), last.path("summary").asString()))
                .containsExactly("2021-02-01", "ContractStart", tender + "-s1", "2021-01-01", "31",
                        "Contract " + tender + "-s1 starts (\"Lot s1\", awarded by tender " + tender + ")");
        JsonNode progress = procurement().get("/api/regions/" + region + "/progress?minPosition=" + published.position()).json();
        JsonNode standing = progress.path("segments").get(0).path("tender");
        assertThat(standing.path("lastPlannedStep")).as("the start, the plan's last step").isEqualTo(last);
        assertThat(standing.path("lastStep")).as("the latest day of the timeline").isEqualTo(last);
    }

    private JsonNode dossier(String tender, long minPosition) {
        Response dossier = api.as("legal").get("/api/tenders/" + tender + "/dossier?minPosition=" + minPosition);
        assertThat(dossier.status()).as(dossier.body()).isEqualTo(200);
        return dossier.json();
    }

    private static String tenderContract(String region, String tender, String lot) {
        return """
                {"id": "%s-%s", "regionId": "%s", "segmentIds": ["%s-%s"], "kind": "GENERAL_AGREEMENT", "title": "Lot %s",
                 "route": {"type": "TENDER", "tenderId": "%s"}, "startsOn": "2021-01-01", "endsOn": "2026-12-31",
                 "document": {"title": "Overeenkomst", "sha256": "%s"}}""".formatted(tender, lot, region, region, lot, lot,
                tender, HASH);
    }

    @Test
    void givenASegmentUnderRevision_whenATenderIsPlannedForIt_thenWrongProcurementForm() {
        String region = unique("rev");
        setUpRegion(region, "REVISION");

        Response refused = procurement().post("/api/tenders",
                "{\"id\": \"%s-t\", \"regionId\": \"%s\", \"segmentIds\": [\"%s-s1\"], \"title\": \"T\"}"
                        .formatted(region, region, region));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("WRONG_PROCUREMENT_FORM");
    }

    @Test
    void givenAPlanWithTheAwardDecisionOn11June_whenRead_thenItWarnsAndAnAwardNowIsAStateConflict() {
        String region = unique("early");
        setUpRegion(region, "NEW_TENDER");
        Response planned = procurement().post("/api/tenders", """
                {"id": "%s-t", "regionId": "%s", "segmentIds": ["%s-s1"], "title": "T",
                 "plannedMilestones": {"awardDecision": "2026-06-11", "contractStart": "2027-01-01"}}"""
                .formatted(region, region, region));
        JsonNode warning = procurement().get("/api/tenders/" + region + "-t?minPosition=" + planned.position()).json()
                .path("planningWarning");
        assertThat(warning.path("plannedStandstillEndsOn").asString()).isEqualTo("2026-07-01");
        assertThat(warning.path("contractsReadyBy").asString()).isEqualTo("2026-07-01");

        Response refused = command(region + "-t", "/award", "{\"awardedOn\": \"2026-07-02\"}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("STATE_CONFLICT");
        assertThat(refused.json().path("state").asString()).isEqualTo("PLANNED");
        assertThat(refused.json().path("allowedCommands").get(0).asString()).isEqualTo("StartMarketConsultation");
    }

    @Test
    void givenATenderForContractsFrom2031_whenItRunsToItsAward_thenItsTimelineShowsEachDeadlineWhileItIsOpen() {
        String region = unique("ready");
        String tender = region + "-t";
        setUpRegion(region, "NEW_TENDER");
        Response planned = procurement().post("/api/tenders", """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s-s1"], "title": "Jeugdhulp met verblijf 2031",
                 "plannedMilestones": {"awardDecision": "2030-06-01", "contractStart": "2031-01-01"}}"""
                .formatted(tender, region, region));
        ok201(planned);
        assertThat(deadlines(region, planned.position())).containsExactly(
                "2030-06-08 Last day for the award decision: its standstill of 20 days must end before contracts must be ready"
                        + " on 2030-07-01",
                "2030-07-01 Award must be final: contracts must be ready (ready-by date)");

        publishAndClose(tender, region, "2030-02-01", "2030-04-01");
        Response decided = decideForA(tender, region, "2030-06-03", "best price-quality ratio");
        ok(decided);
        assertThat(deadlines(region, decided.position())).as("day 20 is Sunday 23 June").containsExactly(
                "2030-06-24 Standstill after the award decision of 2030-06-03 ends",
                "2030-07-01 Award must be final: contracts must be ready (ready-by date)");

        Response awarded = command(tender, "/award", "{\"awardedOn\": \"2030-06-25\"}");
        ok(awarded);
        assertThat(deadlines(region, awarded.position())).isEmpty();

        Response listed = procurement().get("/api/tenders?regionId=" + region + "&minPosition=" + awarded.position());
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.itemIds()).containsExactly(tender);
        assertThat(listed.json().get(0).path("state").asString()).isEqualTo("AWARDED");
        assertThat(procurement().get("/api/tenders?segmentId=" + region + "-s1&state=AWARDED").itemIds()).containsExactly(tender);
        assertThat(procurement().get("/api/tenders?regionId=" + region + "&state=OPEN").itemIds()).isEmpty();
        assertThat(api.as("legal").get("/api/tenders?state=DONE").code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void givenATenderForContractsFrom2027WithoutAnAwardDecision_whenItsDaysHavePassed_thenItsTimelineShowsBothDeadlinesMissed() {
        String region = unique("late");
        String tender = region + "-t";
        setUpRegion(region, "NEW_TENDER");
        ok201(procurement().post("/api/tenders", """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s-s1"], "title": "Jeugdhulp met verblijf 2027",
                 "plannedOn": "2025-06-01", "plannedMilestones": {"awardDecision": "2026-06-01", "contractStart": "2027-01-01"}}"""
                .formatted(tender, region, region)));
        Response consulting = command(tender, "/market-consultation", "{\"startedOn\": \"2025-10-01\"}");
        ok(consulting);

        assertThat(deadlines(region, consulting.position())).satisfiesExactly(
                lastDay -> assertThat(lastDay).startsWith("2026-06-").contains("Last day for the award decision")
                        .endsWith("on 2026-07-01 — missed: no award decision yet"),
                readyBy -> assertThat(readyBy).isEqualTo(
                        "2026-07-01 Award must be final: contracts must be ready (ready-by date) — missed: not awarded yet"));

        Response cancelled = command(tender, "/cancellation",
                "{\"cancelledOn\": \"2026-09-01\", \"reason\": \"no bids in time\", \"decisionRef\": \"DB-2026-9\"}");
        ok(cancelled);
        assertThat(deadlines(region, cancelled.position())).as("the tender ended").isEmpty();
    }

    /** The future entries of the region's segment 1's tender timeline, as "date summary". */
    private List<String> deadlines(String region, long position) {
        JsonNode timeline = api.as("procurement").get("/api/segments/" + region + "-s1/timeline?kind=tender&minPosition="
                + position).json();
        return TimelineDeadlines.of(timeline.path("tender"));
    }

    private void setUpRegion(String region, String procurementForm) {
        ok201(procurement().post("/api/regions",
                "{\"id\": \"%s\", \"name\": \"Haaglanden\", \"municipalities\": [\"Delft\"]}".formatted(region)));
        ok201(procurement().post("/api/regions/" + region + "/segments", """
                {"id": "%s-s1", "number": 1, "name": "Jeugdhulp met verblijf", "procurementForm": "%s",
                 "fundingForm": "TASK_BASED"}""".formatted(region, procurementForm)));
        for (String provider : new String[]{"a", "b"}) {
            ok201(procurement().post("/api/providers", "{\"id\": \"%s-%s\", \"name\": \"Provider %s\", \"kvkNumber\": \"%s\", \"sizeClass\": \"LARGE\"}"
                    .formatted(region, provider, provider, String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L)))));
        }
    }

    private void openAndClose(String tender, String region, String publishedOn, String deadline) {
        ok201(procurement().post("/api/tenders", "{\"id\": \"%s\", \"regionId\": \"%s\", \"segmentIds\": [\"%s-s1\"], \"title\": \"H10 jeugdhulp\"}"
                .formatted(tender, region, region)));
        publishAndClose(tender, region, publishedOn, deadline);
    }

    private void publishAndClose(String tender, String region, String publishedOn, String deadline) {
        ok(command(tender, "/document-approval", """
                {"approvedOn": "%s", "decisionRef": "H10 (invented)", "document": {"title": "Inkoopdocumenten", "sha256": "%s"}}
                """.formatted(publishedOn, HASH)));
        ok(command(tender, "/publication", """
                {"publishedOn": "%s", "submissionDeadline": "%s", "document": {"title": "Inkoopdocumenten", "sha256": "%s"}}
                """.formatted(publishedOn, deadline, HASH)));
        ok(command(tender, "/bids", bid("bid-a", region + "-a", region, deadline)));
        ok(command(tender, "/bids", bid("bid-b", region + "-b", region, deadline)));
        ok(command(tender, "/submission-closure", "{\"closedOn\": \"%s\"}".formatted(deadline)));
    }

    private static String bid(String id, String provider, String region, String submittedOn) {
        return "{\"id\": \"%s\", \"providerId\": \"%s\", \"segmentIds\": [\"%s-s1\"], \"submittedOn\": \"%s\"}"
                .formatted(id, provider, region, submittedOn);
    }

    /** The award decision of the day for provider a on the region's segment 1. */
    private Response decideForA(String tender, String region, String decidedOn, String motivation) {
        return command(tender, "/award-decision", """
                {"decidedOn": "%s", "winners": [{"segmentId": "%s-s1", "providerId": "%s-a"}], "motivation": "%s"}"""
                .formatted(decidedOn, region, region, motivation));
    }

    private Response command(String tender, String path, String body) {
        return procurement().post("/api/tenders/" + tender + path, body);
    }

    private String lastRecordedAt(String tender) {
        JsonNode events = procurement().get("/api/tenders/" + tender + "/history").json().path("events");
        return events.get(events.size() - 1).path("recordedAt").asString();
    }

    private static JsonNode milestone(JsonNode tender, String name) {
        for (JsonNode milestone : tender.path("milestones")) {
            if (milestone.path("milestone").asString().equals(name)) {
                return milestone;
            }
        }
        throw new AssertionError("no milestone " + name);
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private static void ok201(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }
}
