package nl.contractledger.application.web.contract;

import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contracts from the sources: Zuid-Holland Zuid 2025 [004] and the H10 development agreement of
 * 2021 [003]. Facts the sources leave out (provider names, product codes, exact days) are invented
 * and say so.
 */
class ContractStoryTest extends ApiTest {

    private static final String DOCUMENT = "{\"title\": \"Overeenkomst\", \"sha256\": \"" + "ab".repeat(32) + "\"}";

    @Test
    void givenTheZhzContractsOf2022_whenExtendedTo2027AndSegmentFiveEnds_thenTheRegisterShowsItWithKpis() {
        String region = zuidHollandZuid();
        String contract = region + "-2022";
        created(procurement().post("/api/contracts", """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s-s1", "%s-s5"], "kind": "GENERAL_AGREEMENT",
                 "title": "Inkoopcontracten jeugd 2022", "route": {"type": "OPEN_HOUSE"},
                 "startsOn": "2022-01-01", "endsOn": "2025-12-31", "maxEndOn": "2027-12-31", "fundingForm": "EFFORT_BASED",
                 "products": [{"code": "45A51", "category": "45", "unit": "day", "tariff": "312.40"}],
                 "document": %s}""".formatted(contract, region, region, region, DOCUMENT)));
        ok(command(contract, "/admissions", "{\"providerId\": \"%s-youz\", \"admittedOn\": \"2022-01-01\", \"qualityCheckRef\": \"QC-2021-17 (invented)\"}"
                .formatted(region)));

        String extension = """
                {"newEndsOn": "2027-12-31", "decidedOn": "2025-06-19", %s
                 "basis": {"type": "OTHER", "article": "board decision of 19 June 2025 (the legal basis is not named in [004])",
                           "justification": "continue the contracts of 2022 for 2026 and 2027, sharpened, until a new tender"}}""";
        JsonNode recorded = procurement().get("/api/contracts/" + contract + "/history").json().path("events");
        String beforeTheExtension = recorded.get(recorded.size() - 1).path("recordedAt").asString();
        Response withoutStudy = command(contract, "/extensions", extension.formatted(""));
        assertThat(withoutStudy.code()).isEqualTo("COST_PRICE_STUDY_MISSING");
        ok(command(contract, "/extensions", extension.formatted("\"costPriceStudyRef\": \"kostprijsonderzoek 2025\",")));
        ok(command(contract, "/segment-part-endings", "{\"segmentId\": \"%s-s5\", \"effectiveOn\": \"2026-01-01\", \"reason\": \"segment 5 Crisis closes and merges into segment 1\"}"
                .formatted(region)));
        ok(command(contract, "/kpis", """
                {"kpiId": "kpi-crisis", "description": "Crisis response within 24 hours in at least 95% of cases (invented figure)",
                 "target": {"comparison": "AT_LEAST", "value": "95"}, "consequence": "tariff reduction of 2% (invented)",
                 "agreedOn": "2025-10-01"}"""));
        Response missed = command(contract, "/kpis/kpi-crisis/results", "{\"period\": \"2026\", \"value\": \"91.5\"}");
        ok(missed);

        JsonNode view = procurement().get("/api/contracts/" + contract + "?on=2026-06-01&minPosition=" + missed.position()).json();
        assertThat(view.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(view.path("originalEndsOn").asString()).isEqualTo("2025-12-31");
        assertThat(view.path("endsOn").asString()).isEqualTo("2027-12-31");
        assertThat(view.path("extensions").get(0).path("costPriceStudyRef").asString()).isEqualTo("kostprijsonderzoek 2025");
        assertThat(view.path("extensions").get(0).path("decidedOn").asString()).isEqualTo("2025-06-19");
        assertThat(view.path("endedSegmentParts").get(0).path("segmentId").asString()).isEqualTo(region + "-s5");
        JsonNode result = view.path("kpis").get(0).path("results").get(0);
        assertThat(result.path("targetMet").asBoolean()).isFalse();
        assertThat(result.path("consequenceImposed").asString()).isEqualTo("tariff reduction of 2% (invented)");
        assertThat(view.path("parties").get(0).path("admittedOn").asString()).isEqualTo("2022-01-01");

        JsonNode asRecordedBefore = api.as("auditor").get("/api/contracts/" + contract + "?on=2026-06-01&asOf=" + beforeTheExtension).json();
        assertThat(asRecordedBefore.path("endsOn").asString()).isEqualTo("2025-12-31");
        assertThat(asRecordedBefore.path("status").asString()).as("as the record stood then, 2026 was past its end").isEqualTo("EXPIRED");
        assertThat(asRecordedBefore.path("kpis")).isEmpty();

        assertThat(ids(procurement().get("/api/contracts?segmentId=" + region + "-s5&expiresBefore=2028-01-01"))).containsExactly(contract);
        assertThat(ids(procurement().get("/api/contracts?regionId=" + region + "&status=EXPIRED&on=2028-01-02"))).containsExactly(contract);
        assertThat(ids(procurement().get("/api/contracts?regionId=" + region + "&status=ACTIVE&on=2028-01-02"))).isEmpty();
        assertThat(ids(procurement().get("/api/contracts?providerId=" + region + "-youz"))).containsExactly(contract);
    }

    @Test
    void givenAPartThatEndedAndAProviderThatWithdrew_whenTheRegisterIsFilteredByThemAndStatus_thenTheyCountAsTerminatedFromThatDay() {
        String region = zuidHollandZuid();
        provider(region + "-leaves");
        String contract = region + "-2022";
        created(procurement().post("/api/contracts", """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s-s1", "%s-s5"], "kind": "GENERAL_AGREEMENT",
                 "title": "Inkoopcontracten jeugd 2022", "route": {"type": "OPEN_HOUSE"},
                 "startsOn": "2022-01-01", "endsOn": "2027-12-31", "fundingForm": "EFFORT_BASED", "document": %s}"""
                .formatted(contract, region, region, region, DOCUMENT)));
        for (String provider : new String[]{"youz", "leaves"}) {
            ok(command(contract, "/admissions", "{\"providerId\": \"%s-%s\", \"admittedOn\": \"2022-01-01\", \"qualityCheckRef\": \"QC (invented)\"}"
                    .formatted(region, provider)));
        }
        ok(command(contract, "/segment-part-endings", "{\"segmentId\": \"%s-s5\", \"effectiveOn\": \"2026-01-01\", \"reason\": \"segment 5 merges into segment 1\"}"
                .formatted(region)));
        Response withdrew = command(contract, "/provider-withdrawals", "{\"providerId\": \"%s-leaves\", \"effectiveOn\": \"2025-01-01\", \"reason\": \"notice given (invented)\"}"
                .formatted(region));
        ok(withdrew);

        String segmentFive = "/api/contracts?segmentId=" + region + "-s5&status=";
        assertThat(ids(procurement().get(segmentFive + "ACTIVE&on=2025-12-31&minPosition=" + withdrew.position()))).as("the part's last day").containsExactly(contract);
        assertThat(ids(procurement().get(segmentFive + "ACTIVE&on=2026-01-01"))).as("no contract serves segment 5 any more").isEmpty();
        JsonNode terminatedForFive = procurement().get(segmentFive + "TERMINATED&on=2026-01-01").json();
        assertThat(terminatedForFive.findValuesAsString("id")).containsExactly(contract);
        assertThat(terminatedForFive.get(0).path("status").asString()).as("the contract's own").isEqualTo("ACTIVE");
        assertThat(terminatedForFive.get(0).path("statusConcerning").path("segmentId").asString()).isEqualTo(region + "-s5");
        assertThat(terminatedForFive.get(0).path("statusConcerning").path("status").asString()).isEqualTo("TERMINATED");
        assertThat(ids(procurement().get("/api/contracts?segmentId=" + region + "-s5"))).as("its history stays findable").containsExactly(contract);
        assertThat(ids(procurement().get("/api/contracts?segmentId=" + region + "-s1&status=ACTIVE&on=2026-01-01"))).containsExactly(contract);
        assertThat(ids(procurement().get("/api/contracts?segmentId=" + region + "-s1&status=TERMINATED&on=2026-01-01"))).isEmpty();

        String leaver = "/api/contracts?providerId=" + region + "-leaves&status=";
        assertThat(ids(procurement().get(leaver + "ACTIVE&on=2024-12-31"))).containsExactly(contract);
        assertThat(ids(procurement().get(leaver + "ACTIVE&on=2025-01-01"))).isEmpty();
        assertThat(ids(procurement().get(leaver + "TERMINATED&on=2025-01-01"))).containsExactly(contract);
        assertThat(ids(procurement().get("/api/contracts?providerId=" + region + "-youz&status=ACTIVE&on=2026-01-01"))).containsExactly(contract);
        JsonNode listed = procurement().get("/api/contracts?regionId=" + region + "&status=ACTIVE&on=2026-01-01").json();
        assertThat(listed.findValuesAsString("id")).as("the contract itself is still active").containsExactly(contract);
        assertThat(listed.get(0).path("status").asString()).isEqualTo("ACTIVE");
        assertThat(listed.get(0).has("statusConcerning")).as("only for a segment or provider filter").isFalse();
    }

    @Test
    void givenTheH10DevelopmentAgreementOf2021_whenItsOptionsAreUsed_thenAFifthExtensionIsRefused() {
        String region = h10();
        provider(region + "-youz");
        bridge(region);
        String agreement = region + "-ontwikkel";
        created(procurement().post("/api/contracts", """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s-s1"], "kind": "DEVELOPMENT_AGREEMENT",
                 "title": "Ontwikkelovereenkomst 2021", "route": {"type": "OPEN_HOUSE"},
                 "startsOn": "2021-01-01", "endsOn": "2022-12-31", "maxEndOn": "2026-12-31",
                 "extensionOptions": [{"months": 12}, {"months": 12}, {"months": 12}, {"months": 12}],
                 "document": %s}""".formatted(agreement, region, region, DOCUMENT)));
        ok(command(agreement, "/signatures", "{\"providerId\": \"%s-youz\", \"signedOn\": \"2020-12-15\"}".formatted(region)));
        ok(procurement().put("/api/contracts/" + agreement + "/spending-caps/" + region + "-youz/2021", "{\"amount\": \"2500000.00\"}"));
        created(procurement().post("/api/contracts", resultAgreement(region, agreement, "Delft", "2021")));
        Response beyondTheTerm = procurement().post("/api/contracts", resultAgreement(region, agreement, "Delft", "2024"));
        assertThat(beyondTheTerm.code()).as("the agreement runs to 2022 before its options").isEqualTo("DATE_ORDER_INVALID");

        String[] ends = {"2023-12-31", "2024-12-31", "2025-12-31", "2026-12-31"};
        Response extended = null;
        for (int option = 0; option < ends.length; option++) {
            extended = command(agreement, "/extensions", "{\"newEndsOn\": \"%s\", \"basis\": {\"type\": \"OPTION\", \"optionNumber\": %d}}"
                    .formatted(ends[option], option + 1));
            ok(extended);
        }
        created(procurement().post("/api/contracts", resultAgreement(region, agreement, "Delft", "2024")));
        Response voorschoten = procurement().post("/api/contracts", resultAgreement(region, agreement, "Voorschoten", "2024"));
        assertThat(voorschoten.code()).isEqualTo("MUNICIPALITY_NOT_MEMBER");
        Response fifth = command(agreement, "/extensions", "{\"newEndsOn\": \"2027-12-31\", \"basis\": {\"type\": \"OPTION\"}}");
        assertThat(fifth.status()).isEqualTo(422);
        assertThat(fifth.code()).isEqualTo("NO_EXTENSION_OPTIONS_LEFT");

        JsonNode view = procurement().get("/api/contracts/" + agreement + "?on=2021-06-01&minPosition=" + extended.position()).json();
        assertThat(view.path("optionsUsed").asInt()).isEqualTo(4);
        assertThat(view.path("endsOn").asString()).isEqualTo("2026-12-31");
        assertThat(view.path("spendingCaps").get(0).path("amount").asString()).isEqualTo("2500000.00");
        assertThat(view.path("termsVersionInForce").asInt()).isEqualTo(1);
        assertThat(procurement().get("/api/contracts/" + agreement + "/versions/1").json().path("version").asInt()).isEqualTo(1);
        assertThat(procurement().get("/api/contracts/" + agreement + "/versions/2").status()).isEqualTo(404);
        Response revision = command(agreement, "/revisions", "{\"revisionId\": \"rev-2022\", \"effectiveOn\": \"2022-01-01\", \"legalBasis\": \"Aw 2.163c\"}");
        assertThat(revision.code()).isEqualTo("REVISION_NOT_FINALISED");
        assertThat(procurement().get("/api/contracts/" + agreement + "/history").json().path("events")).hasSize(7);
    }

    @Test
    void givenABridgeAndADevelopmentAgreementTerminatedFrom2024_whenResultAgreementsArePublishedUnderThem_thenOnlyOneWithinTheTermIsAccepted() {
        String region = h10();
        String bridge = bridge(region);
        String agreement = region + "-ontwikkel";
        created(procurement().post("/api/contracts", """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s-s1"], "kind": "DEVELOPMENT_AGREEMENT",
                 "title": "Ontwikkelovereenkomst 2021", "route": {"type": "OPEN_HOUSE"},
                 "startsOn": "2021-01-01", "endsOn": "2026-12-31", "document": %s}""".formatted(agreement, region, region, DOCUMENT)));
        Response intoVoorschotensLeaving = procurement().post("/api/contracts", resultAgreement(region, agreement,
                "Voorschoten", "2023").replace("\"2023-12-31\"", "\"2024-06-30\""));
        assertThat(intoVoorschotensLeaving.code()).isEqualTo("MUNICIPALITY_NOT_MEMBER");
        ok(command(agreement, "/termination", "{\"effectiveOn\": \"2024-01-01\", \"reason\": \"the region ends the agreement\"}"));

        Response underTheBridge = procurement().post("/api/contracts", resultAgreement(region, bridge, "Delft", "2020"));
        assertThat(underTheBridge.status()).as(underTheBridge.body()).isEqualTo(422);
        assertThat(underTheBridge.code()).isEqualTo("PARENT_CONTRACT_INVALID");
        assertThat(underTheBridge.json().path("errors").get(0).path("field").asString()).isEqualTo("parentContractId");
        Response afterTheTermination = procurement().post("/api/contracts", resultAgreement(region, agreement, "Delft", "2024"));
        assertThat(afterTheTermination.code()).isEqualTo("DATE_ORDER_INVALID");
        assertThat(afterTheTermination.json().path("detail").asString()).contains("2023-12-31");
        created(procurement().post("/api/contracts", resultAgreement(region, agreement, "Voorschoten", "2023")));
    }

    /** A region of Delft and Voorschoten, which leaves on 2024-01-01, with segment 1. */
    private String h10() {
        String region = unique("h10");
        region(region, "Delft\", \"Voorschoten");
        ok(procurement().post("/api/regions/" + region + "/municipalities/Voorschoten/withdrawal",
                "{\"effectiveOn\": \"2024-01-01\", \"reason\": \"Voorschoten leaves the H10\"}"));
        segment(region, region + "-s1", 1);
        return region;
    }

    /** A region of Dordrecht with segments 1 and 5 and the provider Youz. */
    private String zuidHollandZuid() {
        String region = unique("zhz");
        region(region, "Dordrecht");
        segment(region, region + "-s1", 1);
        segment(region, region + "-s5", 5);
        provider(region + "-youz");
        return region;
    }

    /** The bridging contract of 2020 in the region's segment 1, published; its id. */
    private String bridge(String region) {
        String bridge = region + "-bridge-2020";
        created(procurement().post("/api/contracts", """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s-s1"], "kind": "BRIDGING",
                 "title": "Overbruggingscontract 2020", "route": {"type": "BRIDGING", "predecessorContractIds": ["%s-2015"],
                 "reason": "court ruling of 22 October 2019; continuity of care in 2020"},
                 "startsOn": "2020-01-01", "endsOn": "2020-12-31", "document": %s}""".formatted(bridge, region, region, region, DOCUMENT)));
        return bridge;
    }

    private static String resultAgreement(String region, String parent, String municipality, String year) {
        return """
                {"id": "%s-ra-%s-%s", "regionId": "%s", "segmentIds": ["%s-s1"], "kind": "RESULT_AGREEMENT",
                 "title": "Resultaatovereenkomst %s %s", "route": {"type": "OPEN_HOUSE"}, "startsOn": "%s-01-01",
                 "endsOn": "%s-12-31", "parentContractId": "%s", "municipality": "%s", "document": %s}"""
                .formatted(region, municipality.toLowerCase(), year, region, region, municipality, year, year, year,
                        parent, municipality, DOCUMENT);
    }

    private void region(String region, String municipalities) {
        created(procurement().post("/api/regions", "{\"id\": \"%s\", \"name\": \"R\", \"municipalities\": [\"%s\"], \"establishedOn\": \"2015-01-01\"}"
                .formatted(region, municipalities)));
    }

    private void segment(String region, String segment, int number) {
        created(procurement().post("/api/regions/" + region + "/segments", """
                {"id": "%s", "number": %d, "name": "Segment %d", "procurementForm": "OPEN_HOUSE", "fundingForm": "EFFORT_BASED"}"""
                .formatted(segment, number, number)));
    }

    private void provider(String id) {
        created(procurement().post("/api/providers", "{\"id\": \"%s\", \"name\": \"Provider (invented)\", \"kvkNumber\": \"%s\", \"sizeClass\": \"LARGE\"}"
                .formatted(id, String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L)))));
    }

    private Response command(String contract, String path, String body) {
        return procurement().post("/api/contracts/" + contract + path, body);
    }

    private static java.util.List<String> ids(Response register) {
        assertThat(register.status()).as(register.body()).isEqualTo(200);
        return register.json().findValuesAsString("id");
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
}
