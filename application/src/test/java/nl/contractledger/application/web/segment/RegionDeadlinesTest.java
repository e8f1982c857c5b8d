package nl.contractledger.application.web.segment;

import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.Response;
import nl.contractledger.domain.shared.BusinessDates;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The procurement team's warning list: a region's deadlines soonest first, the missed ones of procedures still open
 * whatever the window, the others up to {@code within} days ahead, a procedure for two segments listed once.
 */
class RegionDeadlinesTest extends ApiTest {

    private final LocalDate today = BusinessDates.today();

    @Test
    void givenAResponseDeadlineInTenDaysAndAReadyByDateMissed_whenTheRegionsDeadlinesAreRead_thenBothAreListedSoonestFirstWithTheDaysLeft() {
        String region = unique("watch");
        created(procurement().post("/api/regions", "{\"id\": \"%s\", \"name\": \"Holland Rijnland\", \"municipalities\": [\"Leiden\"]}"
                .formatted(region)));
        for (int number : List.of(2, 1)) {
            created(procurement().post("/api/regions/" + region + "/segments", """
                    {"id": "%s-s%d", "number": %d, "name": "Segment %d", "procurementForm": "REVISION", "fundingForm": "EFFORT_BASED"}"""
                    .formatted(region, number, number, number)));
        }
        created(procurement().post("/api/contracts", contract(region + "-both", region, region + "-s1", region + "-s2")));
        created(procurement().post("/api/contracts", contract(region + "-two", region, region + "-s2")));

        String late = region + "-late";
        created(procurement().post("/api/revisions", """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s-s2"], "contractIds": ["%s-two"], "reason": "new tariffs",
                 "sequence": 1, "effectiveOn": "2027-01-01", "openedOn": "2026-02-01"}""".formatted(late, region, region, region)));
        String running = region + "-running";
        created(procurement().post("/api/revisions", """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s-s1", "%s-s2"], "contractIds": ["%s-both"], "reason": "new objectives",
                 "sequence": 2, "effectiveOn": "%s", "openedOn": "%s"}"""
                .formatted(running, region, region, region, region, today.plusDays(60).plusMonths(6), today.minusDays(20))));
        ok(procurement().post("/api/revisions/" + running + "/consultations",
                "{\"consultedOn\": \"%s\", \"summary\": \"market consultation\"}".formatted(today.minusDays(15))));
        Response presented = procurement().post("/api/revisions/" + running + "/texts", """
                {"version": 1, "document": {"title": "Herzieningstekst", "sha256": "%s"}, "presentedOn": "%s", "responseDeadline": "%s"}"""
                .formatted("cd".repeat(32), today.minusDays(5), today.plusDays(10)));
        ok(presented);
        LocalDate readyBy = LocalDate.parse(procurement().get("/api/revisions/" + running + "?minPosition=" + presented.position()).json().path("readyBy").asString());

        JsonNode watched = deadlines(region, "", presented.position());
        assertThat(watched.path("on").asString()).isEqualTo(today.toString());
        assertThat(watched.path("until").asString()).isEqualTo(today.plusDays(30).toString());
        assertThat(lines(watched)).containsExactly(
                "2026-07-01 missed " + daysTo("2026-07-01") + " " + late
                        + " Revision must be final (ready-by date) — missed: not final yet [revision] " + region + "-s2",
                today.plusDays(10) + " 10 " + running + " Responses to text version 1 due [revision] " + region + "-s1," + region + "-s2");

        assertThat(lines(deadlines(region, "within=90&", presented.position()))).as("ninety days ahead").containsExactly(
                "2026-07-01 missed " + daysTo("2026-07-01") + " " + late
                        + " Revision must be final (ready-by date) — missed: not final yet [revision] " + region + "-s2",
                today.plusDays(10) + " 10 " + running + " Responses to text version 1 due [revision] " + region + "-s1," + region + "-s2",
                readyBy + " " + daysTo(readyBy.toString()) + " " + running
                        + " Revision must be final (ready-by date) [revision] " + region + "-s1," + region + "-s2");

        assertThat(lines(deadlines(region, "within=0&", presented.position()))).as("today only: the missed one")
                .hasSize(1).allMatch(line -> line.contains(" missed "));

        Response calendar = procurement().header("Accept", "text/calendar")
                .get("/api/regions/" + region + "/deadlines?within=90&minPosition=" + presented.position());
        assertThat(calendar.status()).as(calendar.body()).isEqualTo(200);
        assertThat(calendar.header("Content-Type")).startsWith("text/calendar");
        assertThat(calendar.header("Content-Disposition")).isEqualTo("inline; filename=\"" + region + "-deadlines.ics\"");
        assertThat(calendar.body().lines().filter(line -> line.startsWith("DTSTART;VALUE=DATE:")).map(line -> line.substring(19)))
                .as("an event on the day of each deadline").containsExactly("20260701",
                        today.plusDays(10).toString().replace("-", ""), readyBy.toString().replace("-", ""));
        assertThat(calendar.body().lines().filter(line -> line.startsWith("TRIGGER:"))).as("reminders for the two to come")
                .hasSize(4);
        Response fortnight = procurement().header("Accept", "text/calendar")
                .get("/api/regions/" + region + "/deadlines?within=90&remind=14&minPosition=" + presented.position());
        assertThat(fortnight.status()).as(fortnight.body()).isEqualTo(200);
        assertThat(fortnight.body().lines().filter(line -> line.startsWith("TRIGGER:"))).as("a fortnight before each of the two")
                .containsExactly("TRIGGER:-P14D", "TRIGGER:-P14D");
        assertThat(procurement().get("/api/regions/" + region + "/deadlines?minPosition=" + presented.position())
                .header("Content-Type")).as("JSON without Accept").startsWith("application/json");
    }

    @Test
    void givenBadInput_whenTheRegionsDeadlinesAreRead_thenItIsRefusedWithAProblem() {
        assertThat(auditor().get("/api/regions/no-such-region/deadlines").status()).isEqualTo(404);
        Response asCalendar = auditor().header("Accept", "text/calendar").get("/api/regions/no-such-region/deadlines");
        assertThat(asCalendar.status()).isEqualTo(404);
        assertThat(asCalendar.code()).as("a problem, as JSON").isEqualTo("NOT_FOUND");
        assertThat(auditor().get("/api/regions/NOT%20AN%20ID/deadlines").status()).isEqualTo(400);
        for (String remind : List.of("-1", "366", "7,,1", "1,2,3,4,5,6", "P7D", "7.5")) {
            Response refused = auditor().header("Accept", "text/calendar").get("/api/regions/anything/deadlines?remind=" + remind);
            assertThat(refused.status()).as(remind + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
        }
        for (String within : List.of("-1", "3661", "ten", "1.5")) {
            Response refused = auditor().get("/api/regions/anything/deadlines?within=" + within);
            assertThat(refused.status()).as(within + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
        }
    }

    private JsonNode deadlines(String region, String query, long position) {
        Response deadlines = procurement().get("/api/regions/" + region + "/deadlines?" + query + "minPosition=" + position);
        assertThat(deadlines.status()).as(deadlines.body()).isEqualTo(200);
        return deadlines.json();
    }

    /** Each deadline as "date [missed] daysLeft aggregate summary [timelines] segments". */
    private static List<String> lines(JsonNode watched) {
        List<String> lines = new ArrayList<>();
        watched.path("deadlines").forEach(deadline -> {
            List<String> timelines = new ArrayList<>();
            deadline.path("timelines").forEach(timeline -> timelines.add(timeline.asString()));
            assertThat(deadline.path("missed").asBoolean()).isEqualTo(deadline.path("type").asString().equals("DeadlineMissed"));
            lines.add(deadline.path("date").asString() + (deadline.path("missed").asBoolean() ? " missed " : " ")
                    + deadline.path("daysLeft").asLong() + " " + deadline.path("aggregateId").asString() + " "
                    + deadline.path("summary").asString() + " " + timelines
                    + " " + String.join(",", deadline.path("segments").findValuesAsString("segmentId")));
        });
        return lines;
    }

    private long daysTo(String date) {
        return java.time.temporal.ChronoUnit.DAYS.between(today, LocalDate.parse(date));
    }

    private static String contract(String id, String region, String... segments) {
        return """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s"], "kind": "OPEN_HOUSE", "title": "Jeugdhulp 2022",
                 "route": {"type": "OPEN_HOUSE"}, "startsOn": "2022-01-01", "endsOn": "2040-12-31", "publishedOn": "2021-10-01",
                 "document": {"title": "Overeenkomst", "sha256": "%s"}}""".formatted(id, region, String.join("\", \"", segments), "ab".repeat(32));
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
}
