package nl.contractledger.application.web.region;

import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.Response;
import nl.contractledger.domain.shared.BusinessDates;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The story of DOMAIN.md §6.3: Haaglanden registers its ten municipalities and Voorschoten leaves. */
class RegionStoryTest extends ApiTest {

    private static final String TEN_MUNICIPALITIES = """
            ["Delft", "Den Haag", "Leidschendam-Voorburg", "Midden-Delfland", "Pijnacker-Nootdorp",
             "Rijswijk", "Voorschoten", "Wassenaar", "Westland", "Zoetermeer"]""";

    @Test
    void givenHaaglandenOfTen_whenVoorschotenLeavesOn2024_thenNineRemainAndTheHistoryNamesWhoDidIt() {
        String region = unique("haaglanden");

        Response registered = api.as("procurement").header("X-Correlation-Id", "story-registration")
                .post("/api/regions", """
                        {"id": "%s", "name": "Haaglanden", "municipalities": %s, "establishedOn": "2015-01-01"}
                        """.formatted(region, TEN_MUNICIPALITIES));
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.header("Location")).isEqualTo("/api/regions/" + region);
        assertThat(registered.header("ETag")).isEqualTo("\"0\"");
        assertThat(registered.json().path("id").asString()).isEqualTo(region);
        assertThat(registered.json().path("version").asLong()).isZero();

        Response withdrew = api.as("procurement").post(
                "/api/regions/" + region + "/municipalities/Voorschoten/withdrawal",
                "{\"effectiveOn\": \"2024-01-01\", \"reason\": \"Voorschoten purchases with Leiden from 2024\"}");
        assertThat(withdrew.status()).isEqualTo(200);
        assertThat(withdrew.json().path("version").asLong()).isEqualTo(1);
        assertThat(withdrew.position()).isGreaterThan(registered.position());

        Response read = api.as("auditor").get("/api/regions/" + region + "?minPosition=" + withdrew.position());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).as("its version and the day it describes")
                .isEqualTo("\"1@" + BusinessDates.today() + "\"");
        JsonNode members = read.json().path("members");
        assertThat(members).hasSize(10);
        assertThat(stillMembers(members)).hasSize(9).doesNotContain("Voorschoten");
        JsonNode voorschoten = member(members, "Voorschoten");
        assertThat(voorschoten.path("joinedOn").asString()).isEqualTo("2015-01-01");
        assertThat(voorschoten.path("withdrewOn").asString()).isEqualTo("2024-01-01");
        assertThat(read.json().path("policy").path("standstillDays").asInt()).isEqualTo(20);
        assertThat(names(read.json().path("municipalities"))).hasSize(9).doesNotContain("Voorschoten");
        assertThat(read.json().path("describedOn").asString()).isEqualTo(BusinessDates.today().toString());
        JsonNode itsLastDay = api.as("auditor").get("/api/regions/" + region + "?on=2023-12-31").json();
        assertThat(names(itsLastDay.path("municipalities"))).hasSize(10).contains("Voorschoten");
        assertThat(itsLastDay.path("describedOn").asString()).isEqualTo("2023-12-31");
        assertThat(names(api.as("auditor").get("/api/regions/" + region + "?on=2014-12-31").json().path("municipalities")))
                .as("before the region was established").isEmpty();

        Response history = api.as("legal").get("/api/regions/" + region + "/history");
        assertThat(history.status()).isEqualTo(200);
        JsonNode events = history.json().path("events");
        assertThat(events).hasSize(2);
        assertThat(events.get(0).path("type").asString()).isEqualTo("RegionRegistered");
        assertThat(events.get(0).path("actor").asString()).isEqualTo("procurement");
        assertThat(events.get(0).path("correlationId").asString()).isEqualTo("story-registration");
        assertThat(events.get(0).path("causationId").asString()).isNotBlank();
        assertThat(events.get(0).path("recordedAt").asString()).endsWith("Z");
        assertThat(events.get(1).path("type").asString()).isEqualTo("MunicipalityWithdrew");
        assertThat(events.get(1).path("position").asLong()).isEqualTo(withdrew.position());
        assertThat(events.get(1).path("payload").path("effectiveOn").asString()).isEqualTo("2024-01-01");
    }

    @Test
    void givenTwoRegions_whenTheRegionsAreListed_thenBothAreThereByIdWithTheirMembersAndSegments() {
        String haaglanden = unique("haaglanden");
        String zhz = unique("zhz");
        assertThat(api.as("procurement").post("/api/regions", """
                {"id": "%s", "name": "Zuid-Holland Zuid", "municipalities": ["Dordrecht"]}""".formatted(zhz)).status()).isEqualTo(201);
        assertThat(api.as("procurement").post("/api/regions", """
                {"id": "%s", "name": "Haaglanden", "municipalities": %s}""".formatted(haaglanden, TEN_MUNICIPALITIES)).status()).isEqualTo(201);
        Response segment = api.as("procurement").post("/api/regions/" + zhz + "/segments", """
                {"id": "%s-s1", "number": 1, "name": "Jeugdhulp", "procurementForm": "OPEN_HOUSE", "fundingForm": "EFFORT_BASED"}"""
                .formatted(zhz));
        assertThat(segment.status()).isEqualTo(201);

        Response listed = api.as("auditor").get("/api/regions?minPosition=" + segment.position());

        assertThat(listed.status()).isEqualTo(200);
        List<String> ids = listed.json().findValuesAsString("id").stream()
                .filter(id -> id.equals(haaglanden) || id.equals(zhz)).toList();
        assertThat(ids).containsExactly(haaglanden, zhz);
        JsonNode theZhz = region(listed.json(), zhz);
        assertThat(theZhz.path("name").asString()).isEqualTo("Zuid-Holland Zuid");
        assertThat(theZhz.path("segments").findValuesAsString("id")).containsExactly(zhz + "-s1");
        assertThat(stillMembers(region(listed.json(), haaglanden).path("members"))).hasSize(10);
    }

    private static JsonNode region(JsonNode regions, String id) {
        for (JsonNode region : regions) {
            if (region.path("id").asString().equals(id)) {
                return region;
            }
        }
        throw new AssertionError("no region " + id + " listed");
    }

    @Test
    void givenVoorschotenLeft_whenItIsAdmittedAgainIn2026_thenItHasTwoMembershipPeriods() {
        String region = unique("haaglanden");
        api.as("procurement").post("/api/regions", """
                {"id": "%s", "name": "Haaglanden", "municipalities": ["Delft", "Voorschoten"]}""".formatted(region));
        api.as("procurement").post("/api/regions/" + region + "/municipalities/voorschoten/withdrawal",
                "{\"effectiveOn\": \"2024-01-01\", \"reason\": \"left\"}");

        Response admitted = api.as("procurement").post("/api/regions/" + region + "/municipalities",
                "{\"name\": \"Voorschoten\", \"effectiveOn\": \"2026-01-01\"}");

        assertThat(admitted.status()).isEqualTo(200);
        JsonNode members = api.as("procurement")
                .get("/api/regions/" + region + "?minPosition=" + admitted.position()).json().path("members");
        List<String> periods = new ArrayList<>();
        members.forEach(member -> periods.add(member.path("name").asString() + " "
                + member.path("joinedOn").asString("-") + ".." + member.path("withdrewOn").asString("-")));
        assertThat(periods).containsExactly("Delft -..-", "Voorschoten -..2024-01-01", "Voorschoten 2026-01-01..-");
        assertThat(municipalitiesOn(region, "2023-12-31")).containsExactly("Delft", "Voorschoten");
        assertThat(municipalitiesOn(region, "2025-06-30")).containsExactly("Delft");
        assertThat(municipalitiesOn(region, "2026-01-01")).as("a name once, though it has two periods")
                .containsExactly("Delft", "Voorschoten");
    }

    private List<String> municipalitiesOn(String region, String day) {
        return names(api.as("auditor").get("/api/regions/" + region + "?on=" + day).json().path("municipalities"));
    }

    private static List<String> names(JsonNode municipalities) {
        List<String> names = new ArrayList<>();
        municipalities.forEach(name -> names.add(name.asString()));
        return names;
    }

    private static List<String> stillMembers(JsonNode members) {
        List<String> names = new ArrayList<>();
        members.forEach(member -> {
            if (member.path("withdrewOn").isMissingNode()) {
                names.add(member.path("name").asString());
            }
        });
        return names;
    }

    private static JsonNode member(JsonNode members, String name) {
        for (JsonNode member : members) {
            if (member.path("name").asString().equals(name)) {
                return member;
            }
        }
        throw new AssertionError(name + " is not among " + members);
    }
}
