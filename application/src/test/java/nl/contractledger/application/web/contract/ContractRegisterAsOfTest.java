package nl.contractledger.application.web.contract;

import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.Response;
import nl.contractledger.domain.shared.BusinessDates;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract register as recorded at an instant, for auditors asking which contracts a region had then: those
 * published by then, each matched by its parties, end, termination and parts as recorded then.
 */
class ContractRegisterAsOfTest extends ApiTest {

    private static final String DOCUMENT = "{\"title\": \"Overeenkomst\", \"sha256\": \"" + "ab".repeat(32) + "\"}";

    @Test
    void givenContractsChangedAfterAnInstant_whenTheRegisterIsReadAsOfIt_thenItListsThemAsTheyWereRecordedThen()
            throws InterruptedException {
        String region = unique("reg-asof");
        Instant beforeAnything = Instant.now();
        created(procurement().post("/api/regions", "{\"id\": \"%s\", \"name\": \"R\", \"municipalities\": [\"Gouda\"]}".formatted(region)));
        created(procurement().post("/api/regions/" + region + "/segments", """
                {"id": "%s-s1", "number": 1, "name": "S", "procurementForm": "OPEN_HOUSE", "fundingForm": "EFFORT_BASED"}"""
                .formatted(region)));
        created(procurement().post("/api/providers", "{\"id\": \"%s-p\", \"name\": \"Provider (invented)\", \"kvkNumber\": \"%s\", \"sizeClass\": \"SMALL\"}"
                .formatted(region, String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L)))));
        String first = region + "-c1";
        String second = region + "-c2";
        created(procurement().post("/api/contracts", contract(first, region, "2030-12-31")));
        Thread.sleep(5);
        Instant then = Instant.now();
        Thread.sleep(5);

        ok(procurement().post("/api/contracts/" + first + "/admissions",
                "{\"providerId\": \"%s-p\", \"admittedOn\": \"2026-03-01\", \"qualityCheckRef\": \"QC (invented)\"}".formatted(region)));
        ok(procurement().post("/api/contracts/" + first + "/termination", "{\"effectiveOn\": \"2026-10-01\", \"reason\": \"merged\"}"));
        Response published = procurement().post("/api/contracts", contract(second, region, "2029-12-31"));
        created(published);
        assertThat(ids("?regionId=" + region + "&minPosition=" + published.position())).containsExactly(first, second);

        assertThat(ids("?regionId=" + region + "&asOf=" + then)).as("published by then").containsExactly(first);
        assertThat(register("?regionId=" + region + "&on=2026-12-01&asOf=" + then).get(0).path("status").asString())
                .as("not yet terminated as recorded then").isEqualTo("ACTIVE");
        assertThat(ids("?regionId=" + region + "&status=TERMINATED&on=2026-12-01&asOf=" + then)).isEmpty();
        assertThat(ids("?regionId=" + region + "&status=TERMINATED&on=2026-12-01")).containsExactly(first);
        assertThat(ids("?providerId=" + region + "-p&asOf=" + then)).as("not admitted yet then").isEmpty();
        assertThat(ids("?providerId=" + region + "-p")).containsExactly(first);
        assertThat(ids("?regionId=" + region + "&expiresBefore=2031-01-01&asOf=" + then)).containsExactly(first);
        assertThat(ids("?segmentId=" + region + "-s1&status=ACTIVE&on=2026-06-01&asOf=" + then)).containsExactly(first);
        assertThat(ids("?regionId=" + region + "&asOf=" + beforeAnything)).as("nothing recorded yet").isEmpty();

        Response malformed = auditor().get("/api/contracts?regionId=" + region + "&asOf=last-year");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("code").asString()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void givenAContractRecordedOnADay_whenReadAsOfADay_thenThatDayHoldsItAsRecordedByItsEndAndTheDayBeforeDoesNot() {
        String region = unique("day-asof");
        created(procurement().post("/api/regions", "{\"id\": \"%s\", \"name\": \"R\", \"municipalities\": [\"Gouda\"]}".formatted(region)));
        created(procurement().post("/api/regions/" + region + "/segments", """
                {"id": "%s-s1", "number": 1, "name": "S", "procurementForm": "OPEN_HOUSE", "fundingForm": "EFFORT_BASED"}"""
                .formatted(region)));
        String contract = region + "-c1";
        created(procurement().post("/api/contracts", contract(contract, region, "2030-12-31")));
        Response terminated = procurement().post("/api/contracts/" + contract + "/termination",
                "{\"effectiveOn\": \"2026-10-01\", \"reason\": \"merged\"}");
        ok(terminated);
        List<LocalDate> recordedOn = auditor().get("/api/contracts/" + contract + "/history").json().findValuesAsString("recordedAt")
                .stream().map(at -> LocalDate.ofInstant(Instant.parse(at), BusinessDates.ZONE)).toList();
        LocalDate published = recordedOn.get(0);
        LocalDate dayBefore = published.minusDays(1);

        Response onThatDay = auditor().get("/api/contracts/" + contract + "?on=2026-12-01&asOf=" + recordedOn.get(1));
        assertThat(onThatDay.status()).as(onThatDay.body()).isEqualTo(200);
        assertThat(onThatDay.json().path("status").asString()).as("its termination recorded that day too").isEqualTo("TERMINATED");
        assertThat(onThatDay.header("ETag")).isEqualTo("\"" + terminated.json().path("version").asLong() + "@2026-12-01\"");
        assertThat(auditor().get("/api/contracts/" + contract + "?asOf=" + dayBefore).status())
                .as("not recorded yet the day before").isEqualTo(404);
        assertThat(ids("?regionId=" + region + "&asOf=" + published + "&minPosition=" + terminated.position())).containsExactly(contract);
        assertThat(ids("?regionId=" + region + "&asOf=" + dayBefore)).isEmpty();
        assertThat(auditor().get("/api/contracts/" + contract + "?asOf=2026-02-30").code()).isEqualTo("VALIDATION_FAILED");
    }

    private List<String> ids(String query) {
        return register(query).findValuesAsString("id");
    }

    private JsonNode register(String query) {
        Response register = auditor().get("/api/contracts" + query);
        assertThat(register.status()).as(register.body()).isEqualTo(200);
        return register.json();
    }

    private static String contract(String id, String region, String endsOn) {
        return """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s-s1"], "kind": "OPEN_HOUSE", "title": "Open house",
                 "route": {"type": "OPEN_HOUSE"}, "startsOn": "2022-01-01", "endsOn": "%s", "fundingForm": "EFFORT_BASED",
                 "document": %s}""".formatted(id, region, region, endsOn, DOCUMENT);
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
}
