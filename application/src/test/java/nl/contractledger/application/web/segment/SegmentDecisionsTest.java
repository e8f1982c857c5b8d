package nl.contractledger.application.web.segment;

import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Haaglanden's segment 5 gets its forms, objectives and budgets; malformed amounts are refused. */
class SegmentDecisionsTest extends ApiTest {

    private String region;
    private String segment;

    @BeforeEach
    void defineSegment() {
        region = unique("hgl");
        segment = region + "-s5";
        api.as("procurement").post("/api/regions",
                "{\"id\": \"%s\", \"name\": \"Haaglanden\", \"municipalities\": [\"Delft\"]}".formatted(region));
        Response defined = api.as("procurement").post("/api/regions/" + region + "/segments", """
                {"id": "%s", "number": 5, "name": "Veel voorkomende jeugdhulp", "procurementForm": "NEW_TENDER",
                 "fundingForm": "EFFORT_BASED"}""".formatted(segment));
        assertThat(defined.status()).isEqualTo(201);
        assertThat(defined.header("Location")).isEqualTo("/api/segments/" + segment);
    }

    @Test
    void givenASegment_whenFormsObjectivesAndBudgetsAreDecided_thenTheSegmentShowsThemWithTheirDates() {
        ok(post("/procurement-form", "{\"procurementForm\": \"REVISION\", \"decidedOn\": \"2025-09-30\", \"decisionRef\": \"AB-2025-41\"}"));
        ok(post("/funding-form", "{\"fundingForm\": \"TASK_BASED\", \"decidedOn\": \"2025-09-30\"}"));
        ok(post("/objectives", "{\"objectives\": [\"Help earlier and lighter\"], \"decidedOn\": \"2025-10-15\"}"));
        ok(api.as("procurement").put("/api/regions/" + region + "/segments/" + segment + "/budgets/2023",
                "{\"amount\": \"48058090.00\", \"youthCount\": 5120}"));
        Response last = api.as("procurement").put("/api/regions/" + region + "/savings-targets/2027",
                "{\"minAmount\": \"24000000.00\", \"maxAmount\": \"25000000.00\"}");
        ok(last);

        JsonNode view = api.as("auditor").get("/api/segments/" + segment + "?minPosition=" + last.position()).json();
        assertThat(view.path("procurementForm").asString()).isEqualTo("REVISION");
        assertThat(view.path("fundingForm").asString()).isEqualTo("TASK_BASED");
        assertThat(view.path("objectives").get(0).asString()).isEqualTo("Help earlier and lighter");
        assertThat(view.path("budgets").get(0).path("amount").asString()).isEqualTo("48058090.00");
        assertThat(view.path("budgets").get(0).path("youthCount").asInt()).isEqualTo(5120);
        assertThat(view.path("decisions").get(0).path("decisionRef").asString()).isEqualTo("AB-2025-41");
        JsonNode savings = api.as("auditor").get("/api/regions/" + region).json().path("savingsTargets").get(0);
        assertThat(savings.path("year").asInt()).isEqualTo(2027);
        assertThat(savings.path("minAmount").asString()).isEqualTo("24000000.00");
    }

    @ParameterizedTest(name = "amount {0}")
    @ValueSource(strings = {"\"€ 2.41.354\"", "\"11,3\"", "\"-100.00\"", "\"1.005\"", "2413540.00", "2413540", "true",
            "{\"euros\": 5}", "[\"1.00\"]"})
    void givenAMalformedAmount_whenABudgetIsSet_thenRefusedAndNothingChanges(String amount) {
        Response refused = api.as("procurement").put("/api/regions/" + region + "/segments/" + segment + "/budgets/2024",
                "{\"amount\": " + amount + "}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).as(refused.body()).isEqualTo("AMOUNT_MALFORMED");
        assertThat(refused.json().path("field").asString()).isEqualTo("amount");
        assertThat(refused.json().path("errors").findValuesAsString("field")).containsExactly("amount");
        assertThat(api.as("procurement").get("/api/regions/" + region + "/history").json().path("events")).hasSize(2);
    }

    @Test
    void givenAnUnknownProcurementForm_whenChosen_thenValidationFailedNamingTheField() {
        Response refused = post("/procurement-form", "{\"procurementForm\": \"AUCTION\", \"decidedOn\": \"2025-09-30\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("procurementForm");
    }

    @Test
    void givenASegmentOfAnotherRegion_whenDecidedOnThroughThisRegion_thenNotFound() {
        String other = unique("other");
        api.as("procurement").post("/api/regions",
                "{\"id\": \"%s\", \"name\": \"Other\", \"municipalities\": [\"Leiden\"]}".formatted(other));

        Response refused = api.as("procurement").post("/api/regions/" + other + "/segments/" + segment + "/funding-form",
                "{\"fundingForm\": \"TASK_BASED\", \"decidedOn\": \"2025-09-30\"}");

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void givenAnInvalidAsOf_whenASegmentIsRead_thenValidationFailed() {
        Response refused = api.as("auditor").get("/api/segments/" + segment + "?asOf=yesterday");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("asOf");
    }

    @Test
    void givenAnInstantBeforeTheSegmentExisted_whenReadAsOfThen_thenNotFound() {
        Response refused = api.as("auditor").get("/api/segments/" + segment + "?asOf=2020-01-01T00:00:00Z");

        assertThat(refused.status()).isEqualTo(404);
    }

    private Response post(String path, String body) {
        return api.as("procurement").post("/api/regions/" + region + "/segments/" + segment + path, body);
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
}
