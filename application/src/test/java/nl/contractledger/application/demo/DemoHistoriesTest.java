package nl.contractledger.application.demo;

import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.EventCount;
import nl.contractledger.application.admin.ProjectionRebuild;
import nl.contractledger.application.admin.RebuildProgress;
import nl.contractledger.application.support.OcdsReleaseSchema;
import nl.contractledger.application.support.ReadModelTables;
import nl.contractledger.application.support.Response;
import nl.contractledger.domain.shared.BusinessDates;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo histories of the source documents, loaded at start through the REST API: the 2027 procedure
 * of Haaglanden [000][001], the H10 years [003], Voorschoten leaving [002] and Zuid-Holland Zuid 2025
 * [004], as each kind of user reads them.
 */
@TestPropertySource(properties = "ledger.demo.enabled=true")
class DemoHistoriesTest extends ApiTest {

    @Autowired
    private DemoLoader loader;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private JdbcTemplate tables;
    @Autowired
    private ProjectionRebuild rebuild;
    @LocalServerPort
    private int port;

    @Test
    void givenTheDemo_whenProcurementOpensHaaglanden_thenItSeesTheFiveSegmentsAndThe2027TenderAwarded() {
        JsonNode segments = api.as("procurement").get("/api/segments?regionId=haaglanden").json();
        assertThat(segments.findValuesAsString("id")).contains("hgl-s1", "hgl-s2", "hgl-s3", "hgl-s4", "hgl-s5");
        assertThat(segment(segments, "hgl-s1").path("procurementForm").asString()).isEqualTo("NEW_TENDER");
        assertThat(segment(segments, "hgl-s5").path("procurementForm").asString()).isEqualTo("REVISION");

        JsonNode tenderView = api.as("procurement").get("/api/tenders/hgl-2027-s1").json();
        assertThat(tenderView.path("state").asString()).isEqualTo("AWARDED");
        assertThat(tenderView.path("standstill").path("endsOn").asString()).isEqualTo("2026-06-25");
        // the register is a list: it answers once it has caught up with the loading (or 503 while rebuilt at start)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.as("procurement")
                .get("/api/contracts?regionId=haaglanden&status=ACTIVE&on=2027-06-01").json().findValuesAsString("id"))
                .contains("hgl-2027-s1-verblijf", "h10-ontwikkel-2021"));
    }

    @Test
    void givenTheDemo_whenLegalStaffReconstructTheRevisions_thenBothAreFinalisedInTimeAndTheContractHasThreeTermsVersions() {
        awaitTheRevisionsFinalised();
        JsonNode dossier = api.as("legal").get("/api/revisions/hgl-rev-2027-1/dossier").json();
        assertThat(dossier.path("revision").path("state").asString()).as("finalised, and in effect from 2027-01-01")
                .isEqualTo(BusinessDates.today().isBefore(LocalDate.of(2027, 1, 1)) ? "FINALISED" : "EFFECTIVE");
        assertThat(terms(dossier)).as("the provider missed its deadline; the region kept it by refusing the response").contains(
                "responses to text version 1 taken only up to the deadline: true, null days",
                "response r-jeugdhof-late of Jeugdhof Haaglanden (invented) (hgl-jeugdhof) received by the deadline: false, -3 days");
        assertThat(dossier.path("steps").findValuesAsString("summary")).contains(
                "OBJECTION from Jeugdhof Haaglanden (invented) on text version 1 (\"Bezwaar Jeugdhof Haaglanden op herzieningstekst H10"
                        + " 2027 versie 1\", SHA-256 " + sha256Hex("Bezwaar Jeugdhof Haaglanden op herzieningstekst H10 2027 versie 1")
                        + ") refused: received 2026-02-16, after the deadline of 2026-02-13",
                "Schoolnabij Jeugdhulp (invented) admitted (QC-2026-schoolnabij)",
                "Response r-kompas of Kompas Jeugd-GGZ (invented) answered: PARTLY_ADOPTED — budget for segment 2 raised by 4%");
        List<String> stepDates = dossier.path("steps").findValuesAsString("date");
        assertThat(stepDates).as("in order of date").isSorted();
        assertThat(dossier.path("steps").findValuesAsString("summary")).filteredOn(step -> step.contains("received in time"))
                .as("the notice dated 10 February was entered after the objection of 12 February")
                .extracting(step -> step.substring(0, step.indexOf(' '))).containsExactly("COMMENT", "NOTICE", "OBJECTION");
        assertThat(dossier.path("contractsRevised").get(0).path("termsVersion").asInt()).isEqualTo(2);
        assertThat(dossier.path("providerNames").path("hgl-kompas").asString()).as("a provider that responded")
                .isEqualTo("Kompas Jeugd-GGZ (invented)");
        assertThat(dossier.path("regionName").asString()).isEqualTo("Haaglanden");
        assertThat(dossier.path("segmentNames").path("hgl-s2").asString()).startsWith("segment 2 \"Hoog specialistische");
        assertThat(dossier.path("contractTitles").path("h10-ontwikkel-2021").asString())
                .isEqualTo("Ontwikkelovereenkomst jeugdhulp H10 2021");
        assertThat(dossier.path("revision").path("responses").findValuesAsString("title")).as("the letters, the late one's too")
                .containsExactlyInAnyOrder("Zienswijze Dagbrug op herzieningstekst H10 2027 versie 1",
                        "Opzegging Wijkkracht ontwikkelovereenkomst H10 per 2027",
                        "Bezwaar Jeugdhof Haaglanden op herzieningstekst H10 2027 versie 1");
        assertThat(api.as("legal").header("Accept", "text/html").get("/api/revisions/hgl-rev-2027-1/dossier").body())
                .as("the printable dossier names the region, the segments and the contract, and each letter with its hash")
                .contains("Region <b>Haaglanden (haaglanden)</b>", "segment 2 &quot;Hoog specialistische",
                        "from Ontwikkelovereenkomst jeugdhulp H10 2021 (h10-ontwikkel-2021): withdrew on 2027-01-01",
                        "Letter \"Opzegging Wijkkracht ontwikkelovereenkomst H10 per 2027\", SHA-256 <code>"
                                + sha256Hex("Opzegging Wijkkracht ontwikkelovereenkomst H10 per 2027") + "</code>");
        assertThat(dossier.path("withdrawalsOnNotice")).singleElement().satisfies(withdrawal -> assertThat(List.of(
                withdrawal.path("providerId").asString(), withdrawal.path("contractId").asString(), withdrawal.path("withdrewOn").asString()))
                .containsExactly("hgl-wijkkracht", "h10-ontwikkel-2021", "2027-01-01"));
        JsonNode second = api.as("legal").get("/api/revisions/hgl-rev-2027-2?on=2026-12-31").json();
        assertThat(second.path("state").asString()).isEqualTo("FINALISED");
        assertThat(second.path("sequence").asInt()).isEqualTo(2);

        JsonNode withdrawn = api.as("legal").get("/api/contracts/h10-ontwikkel-2021?on=2027-01-01").json();
        assertThat(withdrawn.path("parties").toString()).contains("hgl-wijkkracht", "2027-01-01");
    }

    @Test
    void givenTheDemo_whenLegalStaffReconstructTheAwards_thenTheStandstillTheCourtAndTheReadyByDateAreCheckedStepByStep() {
        JsonNode award2027 = api.as("legal").get("/api/tenders/hgl-2027-s1/dossier").json();
        assertThat(award2027.path("contractsReadyBy").asString()).isEqualTo("2026-07-01");
        assertThat(terms(award2027)).containsExactly(
                "award not before the standstill of 20 days after the award decision of 2026-06-05 has ended: true, 0 days",
                "award final by 2026-07-01, when contracts must be ready: true, 5 days");
        assertThat(award2027.path("steps").findValuesAsString("date")).isSorted();
        assertThat(award2027.path("providerNames").path("hgl-thuisbasis").asString()).isEqualTo("Thuisbasis Verblijf (invented)");
        assertThat(award2027.path("segmentNames").path("hgl-s1").asString())
                .isEqualTo("segment 1 \"Jeugdhulp met verblijf (incl. crisisopvang)\"");
        assertThat(award2027.path("steps").findValuesAsString("summary")).contains(
                "Award decided to Thuisbasis Verblijf (invented) for segment 1 \"Jeugdhulp met verblijf (incl. crisisopvang)\"; "
                        + "standstill until 2026-06-25");
        assertThat(award2027.path("contractsAwarded")).singleElement().satisfies(contract -> {
            assertThat(contract.path("contractId").asString()).isEqualTo("hgl-2027-s1-verblijf");
            assertThat(contract.path("winners").toString()).isEqualTo("[{\"providerId\":\"hgl-thuisbasis\",\"signedOn\":\"2026-07-10\"}]");
        });
        assertThat(api.as("legal").get("/api/tenders/h10-2020/dossier").json().path("contractsAwarded"))
                .as("cancelled: the bridging contracts came by another route").isEmpty();

        JsonNode h10 = api.as("legal").get("/api/tenders/h10-2020/dossier").json();
        assertThat(terms(h10)).contains("summary proceedings kg-2019 of Thuisbasis Verblijf (invented) (hgl-thuisbasis) filed within the standstill: true, null days");
        assertThat(h10.path("terms").findValuesAsString("note")).contains(
                "blocked the award until the ruling of 2019-10-22: RETENDER");
        String recordedBeforeTheRuling = recordedAtOfStep(h10, "SummaryProceedingsRegistered");
        JsonNode atTheHearing = api.as("legal").get("/api/tenders/h10-2020/dossier?asOf=" + recordedBeforeTheRuling).json();
        assertThat(atTheHearing.path("tender").path("state").asString()).isEqualTo("CONTESTED");
        assertThat(atTheHearing.path("terms").findValuesAsString("note")).contains("blocks the award until the court rules");

        Response printable = api.as("legal").header("Accept", "text/html").get("/api/tenders/h10-2020/dossier");
        assertThat(printable.header("Content-Type")).startsWith("text/html");
        assertThat(printable.body()).contains("Award of tender h10-2020", "<span class=\"missed\">missed</span>",
                "Region <b>Haaglanden (haaglanden)</b>",
                "Thuisbasis Verblijf (invented) (hgl-thuisbasis)",
                "2019-10-22: RETENDER", "Every step, by date");
        assertThat(api.as("legal").get("/api/tenders/no-such-tender/dossier").status()).isEqualTo(404);
        assertThat(api.as("auditor").get("/api/tenders/h10-2020/dossier").status()).isEqualTo(403);
    }

    @Test
    void givenTheDemo_whenLegalStaffDownloadTheDossiersAsPdf_thenEachReadsAsItsPrintableDocumentUnderItsOwnFileName() throws IOException {
        awaitTheRevisionsFinalised();
        HttpResponse<byte[]> revision = api.as("legal").header("Accept", "application/pdf").download("/api/revisions/hgl-rev-2027-1/dossier");
        assertThat(revision.statusCode()).isEqualTo(200);
        assertThat(revision.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(revision.headers().firstValue("Content-Disposition")).hasValue("inline; filename=\"revision-hgl-rev-2027-1-dossier.pdf\"");
        assertThat(pdfText(revision.body())).contains("Revision procedure hgl-rev-2027-1", "Legal terms",
                "Kompas Jeugd-GGZ (invented) (hgl-kompas)", "Withdrawals on notice", "Every step, by date",
                "Letter \"Opzegging Wijkkracht ontwikkelovereenkomst H10 per 2027\"");

        String recordedBeforeTheRuling = recordedAtOfStep(api.as("legal").get("/api/tenders/h10-2020/dossier").json(),
                "SummaryProceedingsRegistered");
        HttpResponse<byte[]> award = api.as("procurement").header("Accept", "application/pdf")
                .download("/api/tenders/h10-2020/dossier?asOf=" + recordedBeforeTheRuling);
        assertThat(award.statusCode()).isEqualTo(200);
        assertThat(award.headers().firstValue("Content-Disposition")).hasValue("inline; filename=\"tender-h10-2020-award-dossier.pdf\"");
        assertThat(pdfText(award.body())).contains("Award of tender h10-2020", recordedBeforeTheRuling, "later entries are not shown",
                        "Thuisbasis Verblijf (invented) (hgl-thuisbasis)")
                .doesNotContain("2019-10-22: RETENDER");

        assertThat(api.as("legal").header("Accept", "application/pdf").download("/api/tenders/no-such-tender/dossier").statusCode())
                .isEqualTo(404);
        assertThat(api.as("legal").header("Accept", "application/pdf").download("/api/revisions/hgl-rev-2027-1/dossier?asOf=yesterday")
                .statusCode()).isEqualTo(400);
        assertThat(api.as("auditor").header("Accept", "application/pdf").download("/api/tenders/h10-2020/dossier").statusCode())
                .isEqualTo(403);
    }

    @Test
    void givenTheDemoSealed_whenLegalStaffReadAnAwardDossier_thenEachStepCarriesTheSealTheAuditTrailGaveItsEvent() {
        JsonNode dossier = await().atMost(Duration.ofSeconds(10)).until(
                () -> api.as("legal").get("/api/tenders/h10-2020/dossier").json(),
                read -> read.path("steps").findValues("seal").size() == read.path("steps").size());
        Map<Long, String> sealsInTheHistory = new HashMap<>();
        api.as("legal").get("/api/tenders/h10-2020/history").json().path("events")
                .forEach(event -> sealsInTheHistory.put(event.path("position").asLong(), event.path("seal").asString()));

        assertThat(dossier.path("steps").size()).isEqualTo(sealsInTheHistory.size()).isGreaterThan(5);
        dossier.path("steps").forEach(step -> assertThat(step.path("seal").asString()).as(step.path("summary").asString())
                .isEqualTo(sealsInTheHistory.get(step.path("position").asLong())));
        long lastPosition = sealsInTheHistory.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
        assertThat(api.as("legal").header("Accept", "text/html").get("/api/tenders/h10-2020/dossier").body())
                .contains("sealed in the audit trail's hash chain as <code>" + sealsInTheHistory.get(lastPosition) + "</code>");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // in the order it is drawn, a table cell by cell; words broken at a hyphen joined again
            return new PDFTextStripper().getText(document).replaceAll("-\\R", "-").replaceAll("\\s+", " ");
        }
    }

    /** The demo's stand-in for a document's hash: the SHA-256 of its title. */
    private static String sha256Hex(String title) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(title.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static List<String> terms(JsonNode dossier) {
        List<String> terms = new ArrayList<>();
        dossier.path("terms").forEach(term -> terms.add(term.path("term").asString() + ": " + term.path("met").asString("null")
                + ", " + (term.path("days").isNull() || term.path("days").isMissingNode() ? "null" : term.path("days").asLong()) + " days"));
        return terms;
    }

    private static String recordedAtOfStep(JsonNode dossier, String event) {
        for (JsonNode step : dossier.path("steps")) {
            if (step.path("event").asString().equals(event)) {
                return step.path("recordedAt").asString();
            }
        }
        throw new AssertionError("no step " + event);
    }

    @Test
    void givenTheDemo_whenAnAuditorLooksBack_thenTheStateAsRecordedMidwayAndEveryOcdsReleaseHold() {
        JsonNode region = api.as("auditor").get("/api/regions/haaglanden/history").json().path("events");
        String beforeVoorschotenLeft = null;
        for (JsonNode event : region) {
            if (event.path("type").asString().equals("MunicipalityWithdrew")) {
                break;
            }
            beforeVoorschotenLeft = event.path("recordedAt").asString();
        }
        assertThat(region.findValuesAsString("actor")).containsOnly(DemoLoader.ACTOR);
        JsonNode then = api.as("auditor").get("/api/regions/haaglanden?asOf=" + beforeVoorschotenLeft).json();
        JsonNode now = api.as("auditor").get("/api/regions/haaglanden").json();
        assertThat(then.toString()).doesNotContain("2024-01-01");
        assertThat(now.toString()).contains("Voorschoten", "2024-01-01");

        JsonNode zhz = api.as("auditor").get("/api/contracts/zhz-inkoop-2022/history").json().path("events");
        String beforeTheExtension = zhz.get(2).path("recordedAt").asString();
        assertThat(api.as("auditor").get("/api/contracts/zhz-inkoop-2022?asOf=" + beforeTheExtension).json()
                .path("endsOn").asString()).isEqualTo("2025-12-31");
        JsonNode merged = api.as("auditor").get("/api/segments/zhz-s5").json();
        assertThat(merged.path("status").asString()).isEqualTo("CLOSED");
        assertThat(merged.path("mergedInto").asString()).isEqualTo("zhz-s1");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.as("auditor")
                .get("/api/segments/zhz-s1/timeline?kind=revision").json().path("revision").findValuesAsString("summary"))
                .anyMatch(summary -> summary.startsWith("KPI kpi-crisis-24h result for 2026-H1")));
        assertThat(api.as("auditor").get("/api/segments/zhz-s5/timeline?kind=revision").json().path("revision")
                .findValuesAsString("date")).as("the closed segment's timeline ends with the agreement's part for it")
                .isNotEmpty().allMatch(date -> date.compareTo("2026-01-01") <= 0);

        List<String> violations = new ArrayList<>();
        for (String regionId : List.of("haaglanden", "zuid-holland-zuid")) {
            JsonNode releases = api.as("auditor").get("/api/ocds/releases?regionId=" + regionId).json().path("releases");
            assertThat(releases.size()).as(regionId).isGreaterThanOrEqualTo(10);
            releases.forEach(release -> violations.addAll(OcdsReleaseSchema.violations(release)));
        }
        assertThat(violations).isEmpty();
        JsonNode record = api.as("auditor").get("/api/ocds/records/ocds-xxxxxx-contract-zhz-inkoop-2022").json()
                .path("records").get(0);
        assertThat(OcdsReleaseSchema.violations(record.path("compiledRelease"))).isEmpty();
        assertThat(record.path("versionedRelease").path("contracts").get(0).path("period").path("endDate")
                .findValuesAsString("value")).containsExactly("2025-12-31T23:59:59+01:00", "2027-12-31T23:59:59+01:00");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode development = api.as("auditor").get("/api/ocds/records/ocds-xxxxxx-contract-h10-ontwikkel-2021").json()
                    .path("records").get(0).path("compiledRelease");
            assertThat(development.path("contracts").get(0).path("amendments").findValuesAsString("id"))
                    .contains("Aanbestedingswet 2012 art. 2.163c (review clause)");
            assertThat(OcdsReleaseSchema.violations(development)).isEmpty();
        });
    }

    @Test
    void givenTheDemoLoaded_whenItIsLoadedAgain_thenNothingIsWritten() {
        awaitTheRevisionsFinalised();
        EventCount events = new EventCount(jdbc);
        long before = events.total();

        int steps = loader.load(port);

        assertThat(steps).isEqualTo(loader.steps().size()).isGreaterThan(100);
        assertThat(events.total()).isEqualTo(before);
        Response demoUser = api.as(DemoLoader.ACTOR, "anything").get("/api/regions/haaglanden");
        assertThat(demoUser.status()).as("the loader's user exists only while it loads").isEqualTo(401);
    }

    @Test
    void givenTheDemoLoadedByAnEarlierVersion_whenAStepOfTheHistoriesChanged_thenTheRestLoadsAndThatStepIsLeftAsRecorded() {
        awaitTheRevisionsFinalised();
        EventCount events = new EventCount(jdbc);
        long before = events.total();
        List<DemoStep> steps = new ArrayList<>(loader.steps());
        DemoStep region = steps.get(0);
        assertThat(region.path()).isEqualTo("/api/regions");
        ObjectNode renamed = (ObjectNode) region.body().deepCopy();
        renamed.put("name", "Haaglanden (renamed)");
        steps.set(0, new DemoStep(region.step(), region.source(), region.invented(), region.method(), region.path(), renamed,
                region.expect()));

        int loaded = loader.load(port, steps);

        assertThat(loaded).isEqualTo(steps.size());
        assertThat(events.total()).as("the region exists: 409, and nothing else changed").isEqualTo(before);
        assertThat(api.as("procurement").get("/api/regions/haaglanden").json().path("name").asString()).isEqualTo("Haaglanden");
    }

    @Test
    void givenTheDemoHistories_whenEveryReadModelIsRebuilt_thenEveryTableHoldsWhatTheLiveReadModelsWrote() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(api.as("legal").get("/api/contracts/h10-ontwikkel-2021?on=2027-01-01").json()
                    .path("termsVersionInForce").asInt()).isEqualTo(3);
            assertThat(api.as("admin").get("/api/admin/projections").json().findValuesAsString("lag")).containsOnly("0");
        });
        Map<String, List<String>> live = ReadModelTables.snapshot(tables);
        assertThat(live.get("ocds_release")).hasSizeGreaterThan(50);
        assertThat(live.get("timeline_entry")).hasSizeGreaterThan(100);

        for (String readModel : List.of("regions", "providers", "tenders", "contracts", "revisions", "timelines", "ocds")) {
            RebuildProgress done = rebuild.run(readModel);
            assertThat(done.failure()).as(readModel).isNull();
            assertThat(done.events()).as(readModel).isEqualTo(new EventCount(jdbc).total()).isGreaterThan(100);
        }

        Map<String, List<String>> rebuilt = ReadModelTables.snapshot(tables);
        for (String table : ReadModelTables.TABLES) {
            assertThat(rebuilt.get(table)).as(table).isEqualTo(live.get(table));
        }
    }

    @Test
    void givenTheDataFile_whenItsStepsAreRead_thenEveryInventedFactIsMarkedAndEveryStepSaysWhatItDoes() {
        List<DemoStep> steps = loader.steps();
        assertThat(steps).allSatisfy(step -> assertThat(step.step()).isNotBlank());
        assertThat(steps).allSatisfy(step -> assertThat(step.source() != null || !step.invented().isEmpty())
                .as("a step follows a source or says what it invents: " + step.step()).isTrue());
        assertThat(steps).filteredOn(step -> step.path().equals("/api/providers"))
                .allSatisfy(step -> assertThat(step.body().path("name").asString()).endsWith("(invented)"));
    }

    private static JsonNode segment(JsonNode segments, String id) {
        for (JsonNode segment : segments) {
            if (segment.path("id").asString().equals(id)) {
                return segment;
            }
        }
        throw new AssertionError("no segment " + id);
    }

    /** The revision sagas write the revised terms after the loader has finished: until then the store still grows. */
    private void awaitTheRevisionsFinalised() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.as("legal")
                .get("/api/contracts/h10-ontwikkel-2021?on=2027-01-01").json().path("termsVersionInForce").asInt()).isEqualTo(3));
    }
}
