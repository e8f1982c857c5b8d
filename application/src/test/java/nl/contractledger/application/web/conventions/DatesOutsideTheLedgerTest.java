package nl.contractledger.application.web.conventions;

import nl.contractledger.application.command.MetaDataKeys;
import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.EventCount;
import nl.contractledger.application.support.Response;
import nl.contractledger.domain.region.AdmitMunicipalityCommand;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.shared.ErrorCode;
import nl.contractledger.domain.shared.RuleViolation;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A date the ledger does not record (before 1900 or after 2199; {@code +99999-01-01} parses as a date) is refused
 * wherever a command carries it, naming the field, and writes nothing: before, a contract starting in the year
 * 999,999,999 failed as a 500 and a market consultation of the year -999,999,999 gave a timeline deviation of
 * -365 billion days.
 */
class DatesOutsideTheLedgerTest extends ApiTest {

    private static final String DOCUMENT = "{\"title\": \"C\", \"sha256\": \"" + "56".repeat(32) + "\"}";

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private CommandGateway gateway;

    private EventCount events;
    private String region;

    @BeforeEach
    void region() {
        events = new EventCount(jdbc);
        region = unique("dates");
        created(procurement().post("/api/regions", "{\"id\": \"%s\", \"name\": \"R\", \"municipalities\": [\"Delft\"]}"
                .formatted(region)));
        created(procurement().post("/api/regions/" + region + "/segments", """
                {"id": "%s-s1", "number": 1, "name": "S", "procurementForm": "NEW_TENDER", "fundingForm": "EFFORT_BASED"}"""
                .formatted(region)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a contract starting beyond   | /api/contracts | startsOn | {"id": "%1$s-c", "regionId": "%1$s", "segmentIds": ["%1$s-s1"], "kind": "OPEN_HOUSE", "title": "C", "route": {"type": "OPEN_HOUSE"}, "startsOn": "+999999999-01-01", "endsOn": "+999999999-06-01", "maxEndOn": "+999999999-12-31", "document": %2$s}
            a contract ending beyond     | /api/contracts | endsOn   | {"id": "%1$s-c", "regionId": "%1$s", "segmentIds": ["%1$s-s1"], "kind": "OPEN_HOUSE", "title": "C", "route": {"type": "OPEN_HOUSE"}, "startsOn": "2027-01-01", "endsOn": "+999999999-06-01", "document": %2$s}
            a planned milestone beyond   | /api/tenders   | plannedMilestones.contractStart | {"id": "%1$s-t", "regionId": "%1$s", "segmentIds": ["%1$s-s1"], "title": "T", "plannedMilestones": {"award": "2026-06-01", "contractStart": "2200-01-01"}}
            """)
    void givenACommandWithADateBeyondTheLedger_whenPosted_thenValidationFailedNamingItAndNothingWritten(
            String kind, String path, String field, String body) {
        long before = events.total();

        Response response = procurement().post(path, body.formatted(region, DOCUMENT));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly(field);
        assertThat(response.json().path("detail").asString()).contains("must lie between 1900-01-01 and 2199-12-31");
        assertThat(events.total()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "2200-01-01", "+99999-01-01", "-999999999-01-01"})
    void givenAMunicipalityAdmittedOnADateBeyondTheLedger_whenPosted_thenValidationFailedAndNothingWritten(String date) {
        long before = events.total();

        Response response = admit("Rijswijk", date);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly("effectiveOn");
        assertThat(events.total()).isEqualTo(before);
    }

    @Test
    void givenTheLedgersFirstAndLastDay_whenMunicipalitiesAreAdmittedOnThem_thenBothAreRecorded() {
        Response first = admit("Rijswijk", "1900-01-01");
        Response last = admit("Wassenaar", "2199-12-31");

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(last.status()).as(last.body()).isEqualTo(200);
        assertThat(events.ofRegion(region)).isEqualTo(4);
    }

    @Test
    void givenACommandSentThroughTheGatewayWithADateBeyondTheLedger_whenHandled_thenRefusedAndNothingWritten() {
        long before = events.total();
        AdmitMunicipalityCommand admission = new AdmitMunicipalityCommand(RegionId.of(region), "Rijswijk",
                LocalDate.of(2200, 1, 1));

        assertThatThrownBy(() -> gateway.sendAndWait(GenericCommandMessage.asCommandMessage(admission)
                .andMetaData(Map.of(MetaDataKeys.ACTOR, "import"))))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> {
                    assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(refused.field()).isEqualTo("effectiveOn");
                });
        assertThat(events.total()).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource({"expiresBefore, +999999999-12-31", "on, -999999999-01-01", "on, 1899-12-31"})
    void givenARegisterReadOnADayBeyondTheLedger_whenRead_thenValidationFailedNamingTheParameter(String parameter,
                                                                                                  String date) {
        Response response = auditor().get("/api/contracts?regionId=" + region + "&" + parameter + "=" + date.replace("+", "%2B"));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly(parameter);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /api/events?afterPosition=abc                          | afterPosition | afterPosition must be a whole number
            /api/contracts?expiresBefore=2027-13-01                | expiresBefore | expiresBefore must be a date such as 2027-01-01
            /api/contracts/some-contract/versions/first            | version       | version must be a whole number
            """)
    void givenAParameterNotOfItsType_whenRead_thenValidationFailedNamingTheParameterAndItsType(String path, String field,
                                                                                              String message) {
        Response response = auditor().get(path);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.json().path("detail").asString()).isEqualTo(message);
        assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly(field);
        assertThat(response.json().path("errors").findValuesAsString("message")).containsExactly(message);
    }

    private Response admit(String municipality, String effectiveOn) {
        return procurement().post("/api/regions/" + region + "/municipalities",
                "{\"name\": \"%s\", \"effectiveOn\": \"%s\"}".formatted(municipality, effectiveOn));
    }
}
