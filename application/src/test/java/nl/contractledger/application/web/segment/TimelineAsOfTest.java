package nl.contractledger.application.web.segment;

import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A segment's timeline as it stood at an instant, for auditors asking what the procurement team saw then: the
 * entries recorded by then, and the deadlines open by the tenders, revisions and contracts as recorded by then.
 */
class TimelineAsOfTest extends ApiTest {

    @Test
    void givenARevisionWithdrawnAndAContractTerminatedLater_whenTheTimelineDeadlinesAndProgressAreReadAsOfBefore_thenTheyShowTheMissedDeadlineAndTheContractsEndAsThen()
            throws InterruptedException {
        String region = unique("asof");
        Instant beforeAnything = Instant.now();
        Thread.sleep(5);
        created(procurement().post("/api/regions", "{\"id\": \"%s\", \"name\": \"Holland Rijnland\", \"municipalities\": [\"Leiden\"]}"
                .formatted(region)));
        created(procurement().post("/api/regions/" + region + "/segments", """
                {"id": "%s-s2", "number": 2, "name": "Jeugd-GGZ", "procurementForm": "REVISION", "fundingForm": "EFFORT_BASED"}"""
                .formatted(region)));
        String first = region + "-ggz";
        created(procurement().post("/api/contracts", contract(first, region, "Jeugd-GGZ 2022", "2040-12-31")));
        String revision = region + "-rev";
        created(procurement().post("/api/revisions", """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s-s2"], "contractIds": ["%s"], "reason": "new tariffs",
                 "sequence": 1, "effectiveOn": "2027-01-01", "openedOn": "2026-02-01"}""".formatted(revision, region, region, first)));
        Thread.sleep(5);
        Instant then = Instant.now();
        Thread.sleep(5);

        ok(procurement().post("/api/revisions/" + revision + "/withdrawal",
                "{\"withdrawnOn\": \"2026-09-01\", \"reason\": \"the tariffs wait for the cost-price study\"}"));
        ok(procurement().post("/api/contracts/" + first + "/termination", "{\"effectiveOn\": \"2026-10-01\", \"reason\": \"merged\"}"));
        String second = region + "-ggz2";
        Response published = procurement().post("/api/contracts", contract(second, region, "Jeugd-GGZ 2026", "2035-12-31"));
        created(published);

        String missed = "2026-07-01 DeadlineMissed Revision must be final (ready-by date) — missed: not final yet";
        String firstEnds = "2040-12-31 Deadline Contract " + first + " \"Jeugd-GGZ 2022\" ends";
        String secondEnds = "2035-12-31 Deadline Contract " + second + " \"Jeugd-GGZ 2026\" ends";
        JsonNode asThen = timeline(region, "&asOf=" + then);
        assertThat(types(asThen)).as("recorded by then").containsExactly("ContractPublished", "RevisionOpened");
        assertThat(deadlines(asThen)).as("open then").containsExactly(missed, firstEnds);

        JsonNode now = timeline(region, "&minPosition=" + published.position());
        assertThat(types(now)).contains("RevisionWithdrawn", "ContractTerminated");
        assertThat(deadlines(now)).as("the revision ended, the first contract was terminated").containsExactly(secondEnds);

        assertThat(warnings(region, "&asOf=" + then)).as("the region's deadlines as the team had them then")
                .containsExactly("true Revision must be final (ready-by date) — missed: not final yet");
        assertThat(warnings(region, "&minPosition=" + published.position()))
                .containsExactly("false Contract " + second + " \"Jeugd-GGZ 2026\" ends");
        assertThat(procurement().get("/api/regions/" + region + "/deadlines?asOf=" + beforeAnything).status()).isEqualTo(404);

        JsonNode progressThen = revisionProgress(region, "?asOf=" + then);
        assertThat(progressThen.path("lastStep").path("type").asString()).as("the latest step recorded by then").isEqualTo("RevisionOpened");
        assertThat(progressThen.path("missedDeadlines").findValuesAsString("summary"))
                .containsExactly("Revision must be final (ready-by date) — missed: not final yet");
        assertThat(progressThen.path("nextDeadline").path("summary").asString()).isEqualTo("Contract " + first + " \"Jeugd-GGZ 2022\" ends");
        JsonNode progressNow = revisionProgress(region, "?minPosition=" + published.position());
        assertThat(progressNow.path("missedDeadlines").isMissingNode() || progressNow.path("missedDeadlines").isNull()).isTrue();
        assertThat(progressNow.path("nextDeadline").path("summary").asString()).isEqualTo("Contract " + second + " \"Jeugd-GGZ 2026\" ends");
        assertThat(progressNow.path("lastStep").path("type").asString()).isNotEqualTo("RevisionOpened");
        assertThat(procurement().get("/api/regions/" + region + "/progress?asOf=" + beforeAnything).status())
                .as("the region did not exist yet").isEqualTo(404);

        Response before = auditor().get("/api/segments/" + region + "-s2/timeline?asOf=" + beforeAnything);
        assertThat(before.status()).as("the segment did not exist yet").isEqualTo(404);
        assertThat(before.json().path("code").asString()).isEqualTo("NOT_FOUND");
        Response malformed = auditor().get("/api/segments/" + region + "-s2/timeline?asOf=yesterday");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("code").asString()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void givenATimelineAsOfAnInstant_whenItIsReadInPages_thenThePagesHoldTheSameEntriesAsTheWholeAndTheCsvLinksKeepTheInstant()
            throws InterruptedException {
        String region = unique("asof-pages");
        created(procurement().post("/api/regions", "{\"id\": \"%s\", \"name\": \"R\", \"municipalities\": [\"Leiden\"]}".formatted(region)));
        created(procurement().post("/api/regions/" + region + "/segments", """
                {"id": "%s-s2", "number": 2, "name": "S", "procurementForm": "REVISION", "fundingForm": "EFFORT_BASED"}"""
                .formatted(region)));
        for (int contract = 1; contract <= 3; contract++) {
            created(procurement().post("/api/contracts", contract(region + "-c" + contract, region, "C" + contract, "2040-12-0" + contract)));
        }
        Thread.sleep(5);
        Instant then = Instant.now();
        Thread.sleep(5);
        Response later = procurement().post("/api/contracts", contract(region + "-c4", region, "C4", "2039-12-31"));
        created(later);
        timeline(region, "&minPosition=" + later.position());

        JsonNode whole = timeline(region, "&asOf=" + then);
        List<String> paged = new ArrayList<>();
        String after = null;
        do {
            Response page = auditor().get("/api/segments/" + region + "-s2/timeline?kind=revision&limit=2&asOf=" + then
                    + (after == null ? "" : "&after=" + after));
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.json().path("revision").forEach(entry -> paged.add(entry.path("summary").asString()));
            after = page.json().path("next").isMissingNode() || page.json().path("next").isNull() ? null : page.json().path("next").asString();
        } while (after != null);
        assertThat(paged).isEqualTo(whole.path("revision").findValuesAsString("summary")).hasSize(6);
        assertThat(paged).noneMatch(summary -> summary.contains(region + "-c4"));

        Response csv = api.as("auditor").header("Accept", "text/csv")
                .get("/api/segments/" + region + "-s2/timeline?kind=revision&limit=2&asOf=" + then);
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.header("Link")).contains("asOf=" + then);
    }

    private JsonNode timeline(String region, String query) {
        Response timeline = auditor().get("/api/segments/" + region + "-s2/timeline?kind=revision" + query);
        assertThat(timeline.status()).as(timeline.body()).isEqualTo(200);
        return timeline.json();
    }

    /** Where the region's only segment's revision timeline stands. */
    private JsonNode revisionProgress(String region, String query) {
        Response progress = procurement().get("/api/regions/" + region + "/progress" + query);
        assertThat(progress.status()).as(progress.body()).isEqualTo(200);
        assertThat(progress.json().path("segments")).hasSize(1);
        return progress.json().path("segments").path(0).path("revision");
    }

    /** The region's deadlines of the next ten years and every missed one: whether missed, and the summary. */
    private List<String> warnings(String region, String query) {
        Response deadlines = procurement().get("/api/regions/" + region + "/deadlines?within=3660" + query);
        assertThat(deadlines.status()).as(deadlines.body()).isEqualTo(200);
        List<String> warnings = new ArrayList<>();
        deadlines.json().path("deadlines").forEach(deadline ->
                warnings.add(deadline.path("missed").asBoolean() + " " + deadline.path("summary").asString()));
        return warnings;
    }

    private static List<String> types(JsonNode timeline) {
        List<String> types = new ArrayList<>();
        timeline.path("revision").forEach(entry -> {
            if (!entry.path("deadline").asBoolean()) {
                types.add(entry.path("type").asString());
            }
        });
        return types;
    }

    private static List<String> deadlines(JsonNode timeline) {
        List<String> deadlines = new ArrayList<>();
        timeline.path("revision").forEach(entry -> {
            if (entry.path("deadline").asBoolean()) {
                deadlines.add(entry.path("date").asString() + " " + entry.path("type").asString() + " " + entry.path("summary").asString());
            }
        });
        return deadlines;
    }

    private static String contract(String id, String region, String title, String endsOn) {
        return """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s-s2"], "kind": "OPEN_HOUSE", "title": "%s",
                 "route": {"type": "OPEN_HOUSE"}, "startsOn": "2022-01-01", "endsOn": "%s", "publishedOn": "2021-10-01",
                 "document": {"title": "Overeenkomst", "sha256": "%s"}}""".formatted(id, region, region, title, endsOn, "ab".repeat(32));
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
}
