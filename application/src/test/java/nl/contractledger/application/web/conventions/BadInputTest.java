package nl.contractledger.application.web.conventions;

import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.EventCount;
import nl.contractledger.application.support.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input of every kind is a 4xx problem with a stable code, names the field, and writes nothing. */
class BadInputTest extends ApiTest {

    @Autowired
    private JdbcClient jdbc;

    private EventCount events;

    @BeforeEach
    void count() {
        events = new EventCount(jdbc);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed JSON               | {"id": "r-malformed", "name":                                       |
            unknown field                | {"id": "r-unknown", "name": "R", "municipalities": ["A"], "colour": 1} | colour
            wrong type                   | {"id": "r-type", "name": "R", "municipalities": "A"}                  | municipalities
            missing field                | {"id": "r-missing", "municipalities": ["A"]}                          | name
            blank field                  | {"id": "r-blank", "name": " ", "municipalities": ["A"]}               | name
            invalid id                   | {"id": "R/../x", "name": "R", "municipalities": ["A"]}                | id
            empty list                   | {"id": "r-empty", "name": "R", "municipalities": []}                  | municipalities
            invalid date                 | {"id": "r-date", "name": "R", "municipalities": ["A"], "establishedOn": "2024-02-30"} | establishedOn
            policy below the law         | {"id": "r-policy", "name": "R", "municipalities": ["A"], "policy": {"standstillDays": 10}} | policy.standstillDays
            number as policy text        | {"id": "r-policy-text", "name": "R", "municipalities": ["A"], "policy": {"standstillDays": "many"}} | policy.standstillDays
            number out of range          | {"id": "r-policy-huge", "name": "R", "municipalities": ["A"], "policy": {"standstillDays": 1e99}} | policy.standstillDays
            trailing tokens              | {"id": "r-trailing", "name": "R", "municipalities": ["A"]} {}         |
            not an object                | ["r-array"]                                                           |
            duplicate municipality       | {"id": "r-twice", "name": "R", "municipalities": ["A", "a"]}          | municipalities
            """)
    void givenABadRegistration_whenPosted_thenValidationFailedNamingTheFieldAndNothingWritten(
            String kind, String body, String field) {
        long before = events.total();

        Response response = api.as("procurement").post("/api/regions", body);

        assertThat(response.status()).as(kind).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.json().path("status").asInt()).isEqualTo(400);
        assertThat(response.json().path("type").asString()).isEqualTo("urn:contract-ledger:problem:validation-failed");
        assertThat(response.json().path("detail").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at nl.");
        if (field != null) {
            assertThat(response.json().path("errors").findValuesAsString("field")).as(kind).contains(field);
        }
        assertThat(events.total()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a list as text     | /api/regions   | {"id": "r-words", "name": "R", "municipalities": "A"}                   | municipalities         | must be a list
            text as a number   | /api/regions   | {"id": "r-words", "name": "R", "municipalities": ["A"], "policy": {"standstillDays": "many"}} | policy.standstillDays | must be a whole number
            no such day        | /api/regions   | {"id": "r-words", "name": "R", "municipalities": ["A"], "establishedOn": "2024-02-30"} | establishedOn | must be a date such as 2027-01-01
            an array as body   | /api/regions   | ["r-words"]                                                             |                        | must be an object
            an unknown kind    | /api/contracts | {"id": "c-words", "kind": "AUCTION"}                                    | kind                   | must be one of DEVELOPMENT_AGREEMENT, RESULT_AGREEMENT, GENERAL_AGREEMENT, BRIDGING, OPEN_HOUSE
            """)
    void givenABodyValueOfTheWrongKind_whenPosted_thenTheProblemSaysWhatItMustBeWithoutNamingAJavaType(
            String kind, String path, String body, String field, String message) {
        Response response = api.as("procurement").post(path, body);

        assertThat(response.status()).as(kind).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly(field == null ? "" : field);
        assertThat(response.json().path("errors").findValuesAsString("message")).containsExactly(message);
        assertThat(response.body()).doesNotContain("Request").doesNotContain("Integer").doesNotContain("ContractKind");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UPPER", "a", "has space", "ends-with-%2F", "x234567890123456789012345678901234567890123456789012345678901234567"})
    void givenAnInvalidIdInThePath_whenRead_thenValidationFailed(String id) {
        Response response = api.as("auditor").get("/api/regions/" + id.replace(" ", "%20"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            text/plain       | 415 | UNSUPPORTED_MEDIA_TYPE
            application/xml  | 415 | UNSUPPORTED_MEDIA_TYPE
            """)
    void givenAWrongContentType_whenPosted_thenAProblemWithItsCode(String contentType, int status, String code) {
        long before = events.total();

        Response response = api.as("procurement").contentType(contentType)
                .post("/api/regions", "{\"id\": \"r-ct\", \"name\": \"R\", \"municipalities\": [\"A\"]}");

        assertThat(response.status()).isEqualTo(status);
        assertThat(response.code()).isEqualTo(code);
        assertThat(events.total()).isEqualTo(before);
    }

    @org.junit.jupiter.api.Test
    void givenABodyOverTheLimit_whenPosted_thenPayloadTooLarge() {
        String huge = "{\"id\": \"r-huge\", \"name\": \"" + "x".repeat(1_100_000) + "\", \"municipalities\": [\"A\"]}";

        Response response = api.as("procurement").post("/api/regions", huge);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.code()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x7E9", "%237E9", "+2026", "2026.0", "%202026"})
    void givenAYearNotWrittenInDecimalDigits_whenASavingsTargetIsSet_thenValidationFailedAndNothingWritten(String year) {
        String region = unique("r-year");
        assertThat(api.as("procurement").post("/api/regions", "{\"id\": \"%s\", \"name\": \"R\", \"municipalities\": [\"A\"]}"
                .formatted(region)).status()).isEqualTo(201);
        long before = events.total();

        Response response = api.as("procurement").put("/api/regions/" + region + "/savings-targets/" + year,
                "{\"minAmount\": \"1.00\", \"maxAmount\": \"2.00\"}");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(events.total()).isEqualTo(before);
    }

    @org.junit.jupiter.api.Test
    void givenAnEmptyIfMatch_whenACommandIsSent_thenValidationFailedAndNothingWritten() {
        long before = events.total();

        Response response = api.as("procurement").header("If-Match", "")
                .post("/api/regions", "{\"id\": \"%s\", \"name\": \"R\", \"municipalities\": [\"A\"]}".formatted(unique("r-if")));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(events.total()).isEqualTo(before);
    }

    @org.junit.jupiter.api.Test
    void givenAChunkedBodyOverTheLimit_whenPosted_thenPayloadTooLargeAndNothingWritten() {
        long before = events.total();
        byte[] huge = ("{\"id\": \"r-chunked\", \"name\": \"" + "x".repeat(1_100_000) + "\", \"municipalities\": [\"A\"]}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Response response = api.as("procurement").send("POST", "/api/regions", huge, true);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.code()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(events.total()).isEqualTo(before);
    }

    @org.junit.jupiter.api.Test
    void givenAChunkedBodyWithinTheLimit_whenPosted_thenTheCommandIsTaken() {
        String region = unique("r-chunked");
        byte[] body = "{\"id\": \"%s\", \"name\": \"R\", \"municipalities\": [\"A\"]}".formatted(region)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Response response = api.as("procurement").send("POST", "/api/regions", body, true);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(events.ofRegion(region)).isEqualTo(1);
    }

    @org.junit.jupiter.api.Test
    void givenAWrongQueryParameterType_whenRead_thenValidationFailed() {
        Response response = api.as("auditor").get("/api/regions/some-region?minPosition=soon");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
    }

    @org.junit.jupiter.api.Test
    void givenAQueryStringThatIsNotUtf8_whenRead_thenValidationFailed() {
        Response response = api.as("auditor").get("/api/regions/some-region?asOf=%FF");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly("query");
    }

    @org.junit.jupiter.api.Test
    void givenAnInstantBeyondWhatTheLedgerCompares_whenReadAsOfIt_thenValidationFailedNamingAsOf() {
        for (String asOf : List.of("-999999999-01-01T00:00:00Z", "1899-12-31T23:59:59Z", "2200-01-01T00:00:01Z")) {
            Response response = api.as("auditor").get("/api/regions/some-region?asOf=" + asOf);

            assertThat(response.status()).as(asOf + ": " + response.body()).isEqualTo(400);
            assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly("asOf");
        }
        assertThat(api.as("auditor").get("/api/regions/" + unique("nowhere") + "?asOf=1900-01-01T00:00:00Z").status())
                .as("the earliest instant is read: nothing was recorded then").isEqualTo(404);
    }

    @org.junit.jupiter.api.Test
    void givenAnUnknownRegion_whenRead_thenNotFound() {
        Response response = api.as("auditor").get("/api/regions/" + unique("nowhere"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("NOT_FOUND");
    }

    @org.junit.jupiter.api.Test
    void givenAnUnknownRegion_whenAMunicipalityIsAdmitted_thenNotFoundAndNothingWritten() {
        long before = events.total();

        Response response = api.as("procurement").post("/api/regions/" + unique("nowhere") + "/municipalities",
                "{\"name\": \"Delft\", \"effectiveOn\": \"2025-01-01\"}");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("NOT_FOUND");
        assertThat(events.total()).isEqualTo(before);
    }
}
