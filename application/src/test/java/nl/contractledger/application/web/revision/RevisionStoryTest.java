package nl.contractledger.application.web.revision;

import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Haaglanden 2027, segment revision ([000], DOMAIN.md §6.1): consultation in autumn 2025, the text on
 * 2026-01-15, responses until 2026-02-15 (one late), answers, publication, admission of another
 * provider, finalised on 2026-06-30, effective 2027-01-01, contracts revised. Providers and exact days
 * not in the source are invented.
 */
class RevisionStoryTest extends ApiTest {

    private static final String HASH = "5a".repeat(32);
    private static final String LETTER_HASH = "0b".repeat(32);

    @Test
    void givenTheHaaglanden2027Revision_whenItRunsItsCourse_thenTheContractIsRevisedAndTheDossierTellsItAll() throws Exception {
        String region = unique("hgl");
        String contract = region + "-s5-2022";
        setUp(region, contract);
        String revision = region + "-rev-2027";
        created(procurement().post("/api/revisions", """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s-s5"], "contractIds": ["%s"],
                 "reason": "new objectives and task-based funding for segment 5 from 2027", "sequence": 1,
                 "effectiveOn": "2027-01-01", "plannedSchedule": {"consultation": "2025-10-01",
                 "textPresentation": "2026-01-15", "responseDeadline": "2026-02-15", "publication": "2026-03-15",
                 "readyBy": "2026-07-01"}}""".formatted(revision, region, region, contract)));
        Response conflicting = procurement().post("/api/revisions", """
                {"id": "%s-b", "regionId": "%s", "segmentIds": ["%s-s5"], "contractIds": ["%s"], "reason": "x",
                 "sequence": 2, "effectiveOn": "2027-01-01"}""".formatted(revision, region, region, contract));
        assertThat(conflicting.code()).isEqualTo("REVISION_CONFLICT");
        Response noSuchContract = procurement().post("/api/revisions", """
                {"id": "%s-c", "regionId": "%s", "segmentIds": ["%s-s5"], "contractIds": ["%s-none"], "reason": "x",
                 "sequence": 2, "effectiveOn": "2027-01-01"}""".formatted(revision, region, region, region));
        assertThat(noSuchContract.status()).as(noSuchContract.body()).isEqualTo(404);
        assertThat(noSuchContract.json().path("errors").findValuesAsString("field")).containsExactly("contractIds");

        ok(step(revision, "/consultations", "{\"consultedOn\": \"2025-10-15\", \"providerIds\": [\"%s-a\", \"%s-b\"], \"summary\": \"market consultation on segment 5 (day invented)\"}"
                .formatted(region, region)));
        ok(step(revision, "/texts", "{\"version\": 1, \"document\": {\"title\": \"Herzieningstekst segment 5\", \"sha256\": \"%s\"}, \"presentedOn\": \"2026-01-15\", \"responseDeadline\": \"2026-02-15\"}"
                .formatted(HASH)));
        ok(step(revision, "/responses", response("r-a", region + "-a", "2026-02-10", "COMMENT", "tariff for crisis care too low")));
        Response unreadableLetter = step(revision, "/responses", withLetter(response("r-b", region + "-b", "2026-02-12", "NOTICE",
                "will not continue under the revised terms"), "not-a-hash"));
        assertThat(unreadableLetter.status()).isEqualTo(400);
        assertThat(unreadableLetter.json().path("errors").findValuesAsString("field")).containsExactly("document.sha256");
        ok(step(revision, "/responses", withLetter(response("r-b", region + "-b", "2026-02-12", "NOTICE",
                "will not continue under the revised terms"), LETTER_HASH)));
        Response late = step(revision, "/responses", response("r-late", region + "-a", "2026-02-17", "OBJECTION", "second thoughts"));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.code()).isEqualTo("RESPONSE_AFTER_DEADLINE");
        assertThat(late.json().path("responseDeadline").asString()).isEqualTo("2026-02-15");
        ok(step(revision, "/response-closure", "{\"closedOn\": \"2026-02-16\"}"));
        Response unanswered = step(revision, "/publication", publication("2026-03-16"));
        assertThat(unanswered.code()).isEqualTo("RESPONSES_NOT_ANSWERED");
        ok(step(revision, "/responses/r-a/answer", "{\"decision\": \"PARTLY_ADOPTED\", \"motivation\": \"crisis tariff raised by 3%\", \"answeredOn\": \"2026-03-02\"}"));
        ok(step(revision, "/responses/r-b/answer", "{\"decision\": \"NOT_ADOPTED\", \"motivation\": \"notice taken; continuity by other providers\", \"answeredOn\": \"2026-03-02\"}"));
        ok(step(revision, "/publication", publication("2026-03-16")));
        ok(step(revision, "/admission", "{\"openedOn\": \"2026-04-01\", \"closesOn\": \"2026-05-01\"}"));
        ok(step(revision, "/admissions", "{\"providerId\": \"%s-c\", \"admittedOn\": \"2026-04-15\", \"qualityCheckRef\": \"QC-2026-3\"}".formatted(region)));
        String beforeFinalisation = lastRecordedAt(revision);
        Thread.sleep(20);
        Response tooLate = step(revision, "/finalisation", "{\"finalisedOn\": \"2026-07-02\"}");
        assertThat(tooLate.code()).isEqualTo("REVISION_LEAD_TIME_VIOLATED");
        assertThat(tooLate.json().path("readyBy").asString()).isEqualTo("2026-07-01");
        Response finalised = step(revision, "/finalisation", "{\"finalisedOn\": \"2026-06-30\"}");
        ok(finalised);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode revised = procurement().get("/api/contracts/" + contract + "?on=2027-01-01").json();
            assertThat(revised.path("termsVersionInForce").asInt()).isEqualTo(2);
            assertThat(revised.path("parties").findValuesAsString("withdrewOn")).contains("2027-01-01");
        });
        JsonNode joined = null;
        for (JsonNode party : procurement().get("/api/contracts/" + contract + "?on=2027-01-01").json().path("parties")) {
            if (party.path("providerId").asString().equals(region + "-c")) {
                joined = party;
            }
        }
        assertThat(joined).as("the provider admitted to the revised agreement joins the contract").isNotNull();
        assertThat(joined.path("admittedOn").asString()).isEqualTo("2027-01-01");
        assertThat(joined.path("qualityCheckRef").asString()).isEqualTo("QC-2026-3");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(procurement()
                .get("/api/contracts?providerId=" + region + "-c&status=ACTIVE&on=2027-01-01").itemIds()).containsExactly(contract));
        assertThat(procurement().get("/api/contracts?providerId=" + region + "-c&status=ACTIVE&on=2026-12-31").itemIds())
                .as("a party from the revision's effective date").isEmpty();
        assertThat(procurement().get("/api/contracts?providerId=" + region + "-c&status=PUBLISHED&on=2026-12-31").itemIds())
                .containsExactly(contract);
        JsonNode versionTwo = procurement().get("/api/contracts/" + contract + "/versions/2").json();
        assertThat(versionTwo.path("products").get(0).path("tariff").asString()).isEqualTo("90.64");
        assertThat(versionTwo.path("effectiveOn").asString()).isEqualTo("2027-01-01");
        JsonNode before = procurement().get("/api/contracts/" + contract + "?on=2026-12-31").json();
        assertThat(before.path("termsVersionInForce").asInt()).as("recorded in 2026, in force from 2027").isEqualTo(1);

        JsonNode view = procurement().get("/api/revisions/" + revision + "?on=2026-12-31&minPosition=" + finalised.position()).json();
        assertThat(view.path("state").asString()).isEqualTo("FINALISED");
        assertThat(view.path("stateOn").asString()).isEqualTo("2026-12-31");
        JsonNode inEffect = procurement().get("/api/revisions/" + revision + "?on=2027-01-01").json();
        assertThat(inEffect.path("state").asString()).as("finalised, from its effective date on").isEqualTo("EFFECTIVE");
        assertThat(procurement().get("/api/revisions/" + revision + "?on=2027-01-01&asOf=" + beforeFinalisation).json()
                .path("state").asString()).as("not final as recorded then").isEqualTo("PUBLISHED");
        assertThat(view.path("finalisation").path("daysToSpare").asLong()).isEqualTo(1);
        assertThat(view.path("schedule").get(1).path("deviationDays").asLong()).isZero();

        JsonNode dossier = api.as("legal").get("/api/revisions/" + revision + "/dossier").json();
        assertThat(dossier.path("steps")).hasSize(13);
        assertThat(dossier.path("steps").findValuesAsString("summary")).contains("NOTICE from Provider b (invented) on text"
                + " version 1 (\"Opzegging Provider b\", SHA-256 " + LETTER_HASH + "), received in time: will not continue"
                + " under the revised terms");
        assertThat(dossier.path("revision").path("responses").get(1).path("document").toString())
                .isEqualTo("{\"title\":\"Opzegging Provider b\",\"sha256\":\"" + LETTER_HASH + "\"}");
        assertThat(dossier.path("revision").path("responses").get(0).has("document")).as("a response without a letter").isFalse();
        assertThat(dossier.path("steps").get(0).path("actor").asString()).isEqualTo("procurement");
        assertThat(dossier.path("contractsRevised").get(0).path("termsVersion").asInt()).isEqualTo(2);
        assertThat(dossier.path("terms").findValuesAsString("term")).contains("response r-late of Provider a (invented) (" + region + "-a) received by the deadline");
        assertThat(dossier.path("revision").path("responses").findValues("kind").stream().map(JsonNode::asString).toList())
                .as("the late response keeps the kind it was sent as").containsExactly("COMMENT", "NOTICE", "OBJECTION");
        assertThat(dossier.path("steps").findValuesAsString("summary")).contains("OBJECTION from Provider a (invented) on text"
                + " version 1 refused: received 2026-02-17, after the deadline of 2026-02-15");
        assertThat(dossier.path("withdrawalsOnNotice")).singleElement().satisfies(withdrawal -> {
            assertThat(withdrawal.path("contractId").asString()).isEqualTo(contract);
            assertThat(withdrawal.path("providerId").asString()).as("the provider that gave notice, not the one that commented")
                    .isEqualTo(region + "-b");
            assertThat(withdrawal.path("withdrewOn").asString()).isEqualTo("2027-01-01");
            assertThat(withdrawal.path("reason").asString()).isEqualTo("gave notice in response to revision " + revision);
        });
        assertThat(dossier.path("admissionsToContracts")).singleElement().satisfies(admission -> {
            assertThat(admission.path("contractId").asString()).isEqualTo(contract);
            assertThat(admission.path("providerId").asString()).isEqualTo(region + "-c");
            assertThat(admission.path("admittedOn").asString()).isEqualTo("2027-01-01");
            assertThat(admission.path("qualityCheckRef").asString()).isEqualTo("QC-2026-3");
        });
        JsonNode atHearing = api.as("legal").get("/api/revisions/" + revision + "/dossier?asOf=" + beforeFinalisation).json();
        assertThat(atHearing.path("admissionsToContracts")).as("not final at that moment").isEmpty();
        assertThat(atHearing.path("revision").path("state").asString()).isEqualTo("PUBLISHED");
        assertThat(atHearing.path("contractsRevised").get(0).has("termsVersion")).as("not revised at that moment").isFalse();
        assertThat(atHearing.path("withdrawalsOnNotice")).as("not final at that moment").isEmpty();

        Response html = api.as("legal").header("Accept", "text/html").get("/api/revisions/" + revision + "/dossier");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.header("Content-Type")).startsWith("text/html");
        assertThat(html.body()).as("the state with the day it is described for")
                .containsPattern("State on \\d{4}-\\d{2}-\\d{2}: <b>(FINALISED|EFFECTIVE)</b>");
        assertThat(html.body()).contains("Revision procedure " + revision, "Herzieningstekst segment 5", HASH,
                "refused: 2 day(s) after the deadline of 2026-02-15", "PARTLY_ADOPTED on 2026-03-02: crisis tariff raised by 3%",
                "terms version 2, in force from 2027-01-01", "<span class=\"met\">met</span>",
                "Provider b (invented) (" + region + "-b) from Segment 5 2022 (" + contract + "): withdrew on 2027-01-01 "
                        + "(gave notice in response to revision " + revision + ")",
                "Provider c (invented) (" + region + "-c) to Segment 5 2022 (" + contract + "): admitted from 2027-01-01 (QC-2026-3)",
                "<br/>Letter \"Opzegging Provider b\", SHA-256 <code>" + LETTER_HASH + "</code>");
        assertThat(api.as("legal").header("Accept", "application/pdf").download("/api/revisions/" + revision + "/dossier")
                .statusCode()).as("the printable dossier, a letter's line break included, is XHTML the PDF renderer reads")
                .isEqualTo(200);

        // the saga's ContractRevised and ProviderWithdrew reach the timeline read model on its own processor
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(revisionTimeline(region).findValuesAsString("type"))
                .contains("ContractRevised", "ProviderAdmitted", "ProviderWithdrew"));
        JsonNode timeline = revisionTimeline(region);
        JsonNode finalisedEntry = null;
        for (JsonNode entry : timeline) {
            if (entry.path("type").asString().equals("RevisionFinalised")) {
                finalisedEntry = entry;
            }
        }
        assertThat(finalisedEntry).isNotNull();
        assertThat(finalisedEntry.path("plannedDate").asString()).isEqualTo("2026-07-01");
        assertThat(finalisedEntry.path("deviationDays").asLong()).isEqualTo(-1);
        assertThat(timeline.findValuesAsString("type")).contains("ProviderResponseRefused", "ContractRevised",
                "ProviderWithdrew");

        Response second = procurement().post("/api/revisions", """
                {"id": "%s-second", "regionId": "%s", "segmentIds": ["%s-s5"], "contractIds": ["%s"],
                 "reason": "second revision for the same start date", "sequence": 2, "effectiveOn": "2027-01-01"}"""
                .formatted(revision, region, region, contract));
        created(second);

        String ofTheRegion = "/api/revisions?regionId=" + region;
        assertThat(api.as("legal").get(ofTheRegion + "&minPosition=" + second.position()).itemIds())
                .containsExactly(revision, revision + "-second");
        assertThat(api.as("legal").get(ofTheRegion + "&state=FINALISED&on=2026-12-31").itemIds()).containsExactly(revision);
        assertThat(api.as("legal").get(ofTheRegion + "&state=FINALISED&on=2027-01-01").itemIds()).isEmpty();
        assertThat(api.as("legal").get(ofTheRegion + "&state=EFFECTIVE&on=2027-01-01").itemIds()).containsExactly(revision);
        assertThat(api.as("legal").get(ofTheRegion + "&state=EFFECTIVE&on=2026-12-31").itemIds()).isEmpty();
        assertThat(api.as("legal").get("/api/revisions?segmentId=" + region + "-s5&state=OPENED&on=2027-01-01").itemIds())
                .as("open, whatever the date").containsExactly(revision + "-second");
        assertThat(api.as("legal").get("/api/revisions?state=EXPIRED").code()).isEqualTo("VALIDATION_FAILED");
        assertThat(api.as("legal").get(ofTheRegion + "&on=2027-13-01").status()).isEqualTo(400);

        String byRevision = """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s-s5"], "kind": "OPEN_HOUSE", "title": "Segment 5 2027",
                 "route": {"type": "REVISION", "revisionId": "%s"}, "startsOn": "2027-01-01", "endsOn": "2032-12-31",
                 "document": {"title": "Overeenkomst 2027", "sha256": "%s"}}""";
        Response unknownRevision = procurement().post("/api/contracts",
                byRevision.formatted(region + "-s5-2027", region, region, region + "-rev-none", HASH));
        assertThat(unknownRevision.status()).as(unknownRevision.body()).isEqualTo(404);
        assertThat(unknownRevision.code()).isEqualTo("NOT_FOUND");
        assertThat(unknownRevision.json().path("errors").findValuesAsString("field")).containsExactly("route.revisionId");
        created(procurement().post("/api/contracts", byRevision.formatted(region + "-s5-2027", region, region, revision, HASH)));
    }

    private void setUp(String region, String contract) {
        created(procurement().post("/api/regions", "{\"id\": \"%s\", \"name\": \"Haaglanden\", \"municipalities\": [\"Delft\"]}".formatted(region)));
        created(procurement().post("/api/regions/" + region + "/segments", """
                {"id": "%s-s5", "number": 5, "name": "Veel voorkomende jeugdhulp", "procurementForm": "REVISION", "fundingForm": "EFFORT_BASED"}"""
                .formatted(region)));
        for (String provider : new String[]{"a", "b", "c"}) {
            created(procurement().post("/api/providers", "{\"id\": \"%s-%s\", \"name\": \"Provider %s (invented)\", \"kvkNumber\": \"%s\", \"sizeClass\": \"MEDIUM\"}"
                    .formatted(region, provider, provider, String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L)))));
        }
        created(procurement().post("/api/contracts", """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s-s5"], "kind": "OPEN_HOUSE", "title": "Segment 5 2022",
                 "route": {"type": "OPEN_HOUSE"}, "startsOn": "2022-01-01", "endsOn": "2027-12-31", "maxEndOn": "2029-12-31",
                 "products": [{"code": "45A10", "category": "45", "unit": "hour", "tariff": "88.00"}],
                 "document": {"title": "Overeenkomst", "sha256": "%s"}}""".formatted(contract, region, region, HASH)));
        for (String provider : new String[]{"a", "b"}) {
            ok(procurement().post("/api/contracts/" + contract + "/admissions",
                    "{\"providerId\": \"%s-%s\", \"admittedOn\": \"2022-01-01\", \"qualityCheckRef\": \"QC\"}".formatted(region, provider)));
        }
    }

    private static String response(String id, String provider, String on, String kind, String summary) {
        return "{\"id\": \"%s\", \"providerId\": \"%s\", \"receivedOn\": \"%s\", \"textVersion\": 1, \"kind\": \"%s\", \"summary\": \"%s\"}"
                .formatted(id, provider, on, kind, summary);
    }

    /** The response with the provider's letter, by its title and hash. */
    private static String withLetter(String response, String sha256) {
        return response.substring(0, response.length() - 1)
                + ", \"document\": {\"title\": \"Opzegging Provider b\", \"sha256\": \"%s\"}}".formatted(sha256);
    }

    private static String publication(String on) {
        return "{\"publishedOn\": \"%s\", \"document\": {\"title\": \"Herziene overeenkomst 2027\", \"sha256\": \"%s\"}, "
                .formatted(on, HASH) + "\"changes\": {\"products\": [{\"code\": \"45A10\", \"category\": \"45\", "
                + "\"unit\": \"hour\", \"tariff\": \"90.64\"}]}}";
    }

    private Response step(String revision, String path, String body) {
        return procurement().post("/api/revisions/" + revision + path, body);
    }

    private String lastRecordedAt(String revision) {
        JsonNode events = procurement().get("/api/revisions/" + revision + "/history").json().path("events");
        return events.get(events.size() - 1).path("recordedAt").asString();
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private JsonNode revisionTimeline(String region) {
        return api.as("auditor").get("/api/segments/" + region + "-s5/timeline?kind=revision").json().path("revision");
    }
}
