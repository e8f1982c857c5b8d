package nl.contractledger.application.web.ocds;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.OcdsReleaseSchema;
import nl.contractledger.application.support.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OCDS export of two histories: a Haaglanden 2027 tender through its award to a contract [000], and
 * the Zuid-Holland Zuid contracts of 2022 extended to 2027 with segment 5 ending [004]. Days, providers
 * and product codes the sources leave out are invented.
 */
class OcdsStoryTest extends ApiTest {

    private static final String DOCUMENT = "{\"title\": \"%s\", \"sha256\": \"" + "5e".repeat(32) + "\"}";

    @Test
    void givenATenderThroughItsAwardToAContract_whenExported_thenEachEventIsAReleaseWithItsTagAndTheRecordCompilesThem() {
        String region = unique("hgl");
        String tender = region + "-t";
        region(region);
        segment(region, region + "-s1", 1, "NEW_TENDER", "[]");
        provider(region + "-a");
        provider(region + "-b");
        created(procurement().post("/api/tenders", """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s-s1"], "title": "Jeugdhulp met verblijf 2027",
                 "estimatedValue": "48058090.00",
                 "plannedMilestones": {"consultation": "2025-10-01", "documentsDecision": "2026-01-15",
                   "publication": "2026-02-01", "submissionDeadline": "2026-05-01", "awardDecision": "2026-06-01",
                   "award": "2026-06-30", "contractStart": "2027-01-01"}}""".formatted(tender, region, region)));
        ok(tender(tender, "/market-consultation", "{\"startedOn\": \"2025-10-06\"}"));
        ok(tender(tender, "/document-approval", "{\"approvedOn\": \"2026-01-20\", \"decisionRef\": \"AB (invented)\", \"document\": %s}"
                .formatted(DOCUMENT.formatted("Aanbestedingsleidraad"))));
        ok(tender(tender, "/publication", "{\"publishedOn\": \"2026-02-02\", \"submissionDeadline\": \"2026-05-01\", \"document\": %s}"
                .formatted(DOCUMENT.formatted("Aankondiging"))));
        ok(tender(tender, "/clarifications", "{\"issuedOn\": \"2026-03-02\", \"document\": %s}"
                .formatted(DOCUMENT.formatted("Nota van inlichtingen 1"))));
        ok(tender(tender, "/bids", bid("bid-a", region + "-a", region)));
        ok(tender(tender, "/bids", bid("bid-b", region + "-b", region)));
        ok(tender(tender, "/submission-closure", "{\"closedOn\": \"2026-05-01\"}"));
        ok(tender(tender, "/award-decision", """
                {"decidedOn": "2026-06-11", "winners": [{"segmentId": "%s-s1", "providerId": "%s-a"}],
                 "motivation": "best price-quality ratio"}""".formatted(region, region)));
        ok(tender(tender, "/proceedings", "{\"id\": \"kg-1\", \"providerId\": \"%s-b\", \"filedOn\": \"2026-06-20\", \"court\": \"Rechtbank Den Haag\"}"
                .formatted(region)));
        ok(tender(tender, "/proceedings/kg-1/ruling", "{\"ruledOn\": \"2026-07-10\", \"outcome\": \"UPHELD_AWARD\"}"));
        ok(tender(tender, "/award", "{\"awardedOn\": \"2026-07-13\"}"));
        created(procurement().post("/api/contracts", contract(region + "-c", region, "\"%s-s1\"".formatted(region),
                "{\"type\": \"TENDER\", \"tenderId\": \"%s\"}".formatted(tender), "2027-01-01", "2030-12-31", "2032-12-31")));
        Response signed = procurement().post("/api/contracts/" + region + "-c/signatures",
                "{\"providerId\": \"%s-a\", \"signedOn\": \"2026-09-01\"}".formatted(region));
        ok(signed);

        String ocid = "ocds-xxxxxx-tender-" + tender;
        JsonNode releases = releases(region, signed.position());
        assertThat(releases.findValuesAsString("ocid")).containsOnly(ocid);
        assertThat(tags(releases)).containsExactly("planning", "tenderUpdate", "tenderUpdate", "tender", "tenderAmendment",
                "tenderUpdate", "tenderUpdate", "tenderUpdate", "award", "awardUpdate", "awardUpdate", "awardUpdate",
                "contract", "contract");
        assertThat(ids(releases)).containsExactly(ids(ocid, releases.size()));
        assertStrictlyLater(releases);
        assertThat(violations(releases)).isEmpty();
        JsonNode decision = releases.get(8).path("awards").get(0);
        assertThat(decision.path("status").asString()).isEqualTo("pending");
        assertThat(decision.path("standstillPeriod").path("endDate").asString()).as("the standstill runs through its last day")
                .isEqualTo("2026-07-01T23:59:59+02:00");
        assertThat(releases.get(3).path("tender").path("tenderPeriod").path("endDate").asString())
                .as("a bid on the deadline day is in time").isEqualTo("2026-05-01T23:59:59+02:00");
        assertThat(releases.get(4).path("tender").path("amendments").get(0).path("amendsReleaseID").asString())
                .isEqualTo(ocid + "-4");

        JsonNode record = record(ocid, signed.position()).path("records").get(0);
        assertThat(record.path("releases")).hasSize(releases.size());
        JsonNode compiled = record.path("compiledRelease");
        assertThat(OcdsReleaseSchema.violations(compiled)).isEmpty();
        assertThat(compiled.path("tag").get(0).asString()).isEqualTo("compiled");
        assertThat(compiled.path("id").asString()).isEqualTo(ocid + "-" + releases.get(releases.size() - 1).path("date").asString());
        assertThat(compiled.path("tender").path("status").asString()).isEqualTo("complete");
        assertThat(compiled.path("tender").path("numberOfTenderers").asInt()).isEqualTo(2);
        compiled.path("tender").path("milestones").forEach(milestone -> assertThat(milestone.path("status").asString())
                .as(milestone.toString()).isEqualTo(milestone.path("id").asString().equals("contractStart") ? "scheduled" : "met"));
        assertThat(compiled.path("awards").get(0).path("status").asString()).isEqualTo("active");
        assertThat(compiled.path("contracts").get(0).path("awardID").asString()).isEqualTo(compiled.path("awards").get(0).path("id").asString());
        assertThat(compiled.path("contracts").get(0).path("status").asString()).isEqualTo("active");
        assertThat(compiled.path("parties").valueStream().map(party -> party.path("id").asString()))
                .containsExactly(region, region + "-a", region + "-b");
        assertThat(compiled.path("parties").get(1).path("roles").valueStream().map(JsonNode::asString))
                .containsExactly("tenderer", "supplier");
        JsonNode awardStatuses = record.path("versionedRelease").path("awards").get(0).path("status");
        assertThat(awardStatuses.findValuesAsString("value")).containsExactly("pending", "active");
    }

    @Test
    void givenTheZhzContractsExtendedTo2027_whenExported_thenTheVersionedReleaseKeepsTheOriginalEndAndEveryAmendmentHasItsBasis() {
        String region = unique("zhz");
        region(region);
        segment(region, region + "-s1", 1, "OPEN_HOUSE", "[]");
        segment(region, region + "-s5", 5, "OPEN_HOUSE", "[{\"code\": \"45A51\", \"name\": \"toeslag crisis ambulant\", \"category\": \"45\"}]");
        provider(region + "-youz");
        String contract = region + "-2022";
        created(procurement().post("/api/contracts", contract(contract, region, "\"%s-s1\", \"%s-s5\"".formatted(region, region),
                "{\"type\": \"OPEN_HOUSE\"}", "2022-01-01", "2025-12-31", "2027-12-31")));
        ok(contractCommand(contract, "/admissions", "{\"providerId\": \"%s-youz\", \"admittedOn\": \"2022-01-01\", \"qualityCheckRef\": \"QC (invented)\"}"
                .formatted(region)));
        ok(contractCommand(contract, "/extensions", """
                {"newEndsOn": "2027-12-31", "decidedOn": "2025-06-19", "costPriceStudyRef": "kostprijsonderzoek 2025",
                 "basis": {"type": "OTHER", "article": "board decision of 19 June 2025", "justification": "continue until a new tender"}}"""));
        ok(contractCommand(contract, "/kpis", """
                {"kpiId": "kpi-crisis", "description": "Crisis response within 24 hours (invented figure)",
                 "target": {"comparison": "AT_LEAST", "value": "95"}, "consequence": "tariff reduction of 2% (invented)",
                 "agreedOn": "2025-10-01"}"""));
        ok(contractCommand(contract, "/kpis/kpi-crisis/results", "{\"period\": \"2026\", \"value\": \"91.5\"}"));
        ok(procurement().post("/api/regions/" + region + "/product-moves", """
                {"productCodes": ["45A51"], "fromSegmentId": "%s-s5", "toSegmentId": "%s-s1", "effectiveOn": "2026-01-01",
                 "reason": "segment 5 Crisis merges into segment 1"}""".formatted(region, region)));
        ok(contractCommand(contract, "/segment-part-endings", "{\"segmentId\": \"%s-s5\", \"effectiveOn\": \"2026-01-01\", \"reason\": \"segment 5 closes\"}"
                .formatted(region)));
        created(procurement().post("/api/contracts", contract(region + "-bridge", region, "\"%s-s1\"".formatted(region),
                "{\"type\": \"BRIDGING\", \"predecessorContractIds\": [\"%s\"], \"reason\": \"continuity of care\"}".formatted(contract),
                "2028-01-01", "2028-06-30", null).replace("\"GENERAL_AGREEMENT\"", "\"BRIDGING\"")));
        Response terminated = contractCommand(region + "-bridge", "/termination", "{\"effectiveOn\": \"2028-03-31\", \"reason\": \"new contracts start\"}");
        ok(terminated);

        String ocid = "ocds-xxxxxx-contract-" + contract;
        JsonNode releases = releases(region, terminated.position());
        assertThat(violations(releases)).isEmpty();
        List<JsonNode> ofTheAgreement = new ArrayList<>();
        releases.forEach(release -> {
            if (release.path("ocid").asString().equals(ocid)) {
                ofTheAgreement.add(release);
            }
        });
        assertThat(ofTheAgreement.stream().map(release -> String.join("+", release.path("tag").valueStream()
                .map(JsonNode::asString).toList())).toList()).containsExactly("tender+award+contract",
                "awardUpdate+contractUpdate", "contractAmendment", "contractUpdate", "contractUpdate", "contractUpdate",
                "contractAmendment", "contractAmendment");
        JsonNode extension = ofTheAgreement.get(2).path("contracts").get(0).path("amendments").get(0);
        assertThat(extension.path("amendsReleaseID").asString()).isEqualTo(ocid + "-2");
        assertThat(extension.path("releaseID").asString()).isEqualTo(ofTheAgreement.get(2).path("id").asString());
        assertThat(extension.path("rationaleClassification").path("id").asString()).isEqualTo("board decision of 19 June 2025");
        assertThat(extension.path("description").asString()).contains("2025-12-31", "2027-12-31", "kostprijsonderzoek 2025");
        assertThat(ofTheAgreement.get(6).path("contracts").get(0).path("amendments").get(0).path("description").asString())
                .contains("45A51", "Segment 5");

        JsonNode record = record(ocid, terminated.position()).path("records").get(0);
        assertThat(OcdsReleaseSchema.violations(record.path("compiledRelease"))).isEmpty();
        JsonNode endDates = record.path("versionedRelease").path("contracts").get(0).path("period").path("endDate");
        assertThat(endDates.findValuesAsString("value")).containsExactly("2025-12-31T23:59:59+01:00", "2027-12-31T23:59:59+01:00");
        JsonNode kpi = record.path("compiledRelease").path("contracts").get(0).path("milestones").get(0);
        assertThat(kpi.path("status").asString()).isEqualTo("notMet");
        assertThat(kpi.path("description").asString()).contains("at least 95", "91.5", "tariff reduction of 2%");
        assertThat(record.path("compiledRelease").path("contracts").get(0).path("amendments")).hasSize(3);

        JsonNode bridge = record("ocds-xxxxxx-contract-" + region + "-bridge", terminated.position()).path("records").get(0);
        assertThat(bridge.path("compiledRelease").path("tender").path("procurementMethod").asString()).isEqualTo("limited");
        assertThat(bridge.path("compiledRelease").path("contracts").get(0).path("status").asString()).isEqualTo("terminated");
        assertThat(bridge.path("releases").get(1).path("tag").get(0).asString()).isEqualTo("contractTermination");
        assertThat(bridge.path("compiledRelease").path("contracts").get(0).path("period").path("endDate").asString())
                .as("terminated from 31 March: the day before was its last").isEqualTo("2028-03-30T23:59:59+02:00");
    }

    @Test
    void givenNoSuchProcessOrRegion_whenExported_thenNotFoundOrBadRequestWithACode() {
        Response unknown = api.as("auditor").get("/api/ocds/records/ocds-xxxxxx-tender-none");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("NOT_FOUND");
        assertThat(api.as("auditor").get("/api/ocds/releases?regionId=nowhere").code()).isEqualTo("NOT_FOUND");
        Response withoutRegion = api.as("auditor").get("/api/ocds/releases");
        assertThat(withoutRegion.status()).isEqualTo(400);
        assertThat(withoutRegion.code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void givenAReleaseWithAnUnknownTagAndNoDate_whenValidated_thenTheSchemaNamesBoth() {
        JsonNode release = ApiClient.json("""
                {"ocid": "ocds-xxxxxx-x", "id": "ocds-xxxxxx-x-1", "tag": ["signed"], "initiationType": "tender"}""");

        assertThat(String.join("\n", OcdsReleaseSchema.violations(release))).contains("/tag/0", "enumeration", "required property 'date'");
    }

    private JsonNode releases(String region, long position) {
        Response response = api.as("auditor").get("/api/ocds/releases?regionId=" + region + "&minPosition=" + position);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode releasePackage = response.json();
        assertThat(releasePackage.path("version").asString()).isEqualTo("1.1");
        assertThat(releasePackage.path("publisher").path("name").asString()).isNotBlank();
        return releasePackage.path("releases");
    }

    private JsonNode record(String ocid, long position) {
        Response response = api.as("auditor").get("/api/ocds/records/" + ocid + "?minPosition=" + position);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> violations(JsonNode releases) {
        List<String> violations = new ArrayList<>();
        releases.forEach(release -> violations.addAll(OcdsReleaseSchema.violations(release)));
        assertThat(releases).isNotEmpty();
        return violations;
    }

    private static List<String> tags(JsonNode releases) {
        return releases.valueStream().map(release -> release.path("tag").get(0).asString()).toList();
    }

    private static List<String> ids(JsonNode releases) {
        return releases.valueStream().map(release -> release.path("id").asString()).toList();
    }

    private static String[] ids(String ocid, int count) {
        String[] ids = new String[count];
        for (int i = 0; i < count; i++) {
            ids[i] = ocid + "-" + (i + 1);
        }
        return ids;
    }

    private static void assertStrictlyLater(JsonNode releases) {
        for (int i = 1; i < releases.size(); i++) {
            assertThat(Instant.parse(releases.get(i).path("date").asString()))
                    .isAfter(Instant.parse(releases.get(i - 1).path("date").asString()));
        }
    }

    private static String contract(String id, String region, String segments, String route, String startsOn, String endsOn,
                                   String maxEndOn) {
        return """
                {"id": "%s", "regionId": "%s", "segmentIds": [%s], "kind": "GENERAL_AGREEMENT", "title": "Overeenkomst %s",
                 "route": %s, "startsOn": "%s", "endsOn": "%s", %s "fundingForm": "EFFORT_BASED",
                 "products": [{"code": "45A51", "category": "45", "unit": "day", "tariff": "312.40"}],
                 "document": %s}""".formatted(id, region, segments, id, route, startsOn, endsOn,
                maxEndOn == null ? "" : "\"maxEndOn\": \"" + maxEndOn + "\",", DOCUMENT.formatted("Overeenkomst"));
    }

    private static String bid(String id, String provider, String region) {
        return "{\"id\": \"%s\", \"providerId\": \"%s\", \"segmentIds\": [\"%s-s1\"], \"submittedOn\": \"2026-04-29\"}"
                .formatted(id, provider, region);
    }

    private void region(String region) {
        created(procurement().post("/api/regions", "{\"id\": \"%s\", \"name\": \"Regio %s\", \"municipalities\": [\"Delft\"], \"establishedOn\": \"2015-01-01\"}"
                .formatted(region, region)));
    }

    private void segment(String region, String segment, int number, String form, String products) {
        created(procurement().post("/api/regions/" + region + "/segments", """
                {"id": "%s", "number": %d, "name": "Segment %d", "procurementForm": "%s", "fundingForm": "EFFORT_BASED",
                 "products": %s}""".formatted(segment, number, number, form, products)));
    }

    private void provider(String id) {
        created(procurement().post("/api/providers", "{\"id\": \"%s\", \"name\": \"Zorgaanbieder %s (invented)\", \"kvkNumber\": \"%s\", \"sizeClass\": \"LARGE\"}"
                .formatted(id, id, String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L)))));
    }

    private Response tender(String tender, String path, String body) {
        return procurement().post("/api/tenders/" + tender + path, body);
    }

    private Response contractCommand(String contract, String path, String body) {
        return procurement().post("/api/contracts/" + contract + path, body);
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
}
