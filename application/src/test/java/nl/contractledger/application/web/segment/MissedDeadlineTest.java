package nl.contractledger.application.web.segment;

import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A legal deadline that passes while its procedure is still open does not drop out of the timeline: it stays on its
 * day as a missed deadline, and the region's progress lists it, until the procedure ends.
 */
class MissedDeadlineTest extends ApiTest {

    @Test
    void givenARevisionStillOpenAfterItsReadyByDate_whenItsTimelineIsRead_thenTheDeadlineStandsMissedUntilTheRevisionEnds() {
        String region = unique("missed");
        created(procurement().post("/api/regions", "{\"id\": \"%s\", \"name\": \"Holland Rijnland\", \"municipalities\": [\"Leiden\"]}"
                .formatted(region)));
        created(procurement().post("/api/regions/" + region + "/segments", """
                {"id": "%s-s2", "number": 2, "name": "Jeugd-GGZ", "procurementForm": "REVISION", "fundingForm": "EFFORT_BASED"}"""
                .formatted(region)));
        String contract = region + "-ggz";
        created(procurement().post("/api/contracts", """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s-s2"], "kind": "OPEN_HOUSE", "title": "Jeugd-GGZ 2022",
                 "route": {"type": "OPEN_HOUSE"}, "startsOn": "2022-01-01", "endsOn": "2040-12-31", "publishedOn": "2021-10-01",
                 "document": {"title": "Overeenkomst", "sha256": "%s"}}""".formatted(contract, region, region, "ab".repeat(32))));
        String revision = region + "-rev";
        Response opened = procurement().post("/api/revisions", """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s-s2"], "contractIds": ["%s"], "reason": "new tariffs",
                 "sequence": 1, "effectiveOn": "2027-01-01", "openedOn": "2026-02-01"}""".formatted(revision, region, region, contract));
        created(opened);

        String missed = "2026-07-01 DeadlineMissed Revision must be final (ready-by date) — missed: not final yet";
        assertThat(deadlines(region, opened.position())).as("a ready-by date of 1 July 2026, now passed")
                .containsExactly(missed, "2040-12-31 Deadline Contract " + contract + " \"Jeugd-GGZ 2022\" ends");
        JsonNode progress = segmentProgress(region, opened.position());
        assertThat(progress.path("missedDeadlines").findValuesAsString("summary"))
                .containsExactly("Revision must be final (ready-by date) — missed: not final yet");
        assertThat(progress.path("nextDeadline").path("date").asString()).isEqualTo("2040-12-31");
        assertThat(progress.path("lastStep").path("type").asString()).isEqualTo("RevisionOpened");

        Response withdrawn = procurement().post("/api/revisions/" + revision + "/withdrawal",
                "{\"withdrawnOn\": \"2026-09-01\", \"reason\": \"the tariffs wait for the cost-price study\"}");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(deadlines(region, withdrawn.position())).as("the procedure ended")
                .containsExactly("2040-12-31 Deadline Contract " + contract + " \"Jeugd-GGZ 2022\" ends");
        assertThat(segmentProgress(region, withdrawn.position()).has("missedDeadlines")).isFalse();
    }

    private List<String> deadlines(String region, long position) {
        Response timeline = auditor().get("/api/segments/" + region + "-s2/timeline?kind=revision&minPosition=" + position);
        assertThat(timeline.status()).as(timeline.body()).isEqualTo(200);
        List<String> deadlines = new ArrayList<>();
        timeline.json().path("revision").forEach(entry -> {
            if (entry.path("deadline").asBoolean()) {
                deadlines.add(entry.path("date").asString() + " " + entry.path("type").asString() + " " + entry.path("summary").asString());
            }
        });
        return deadlines;
    }

    private JsonNode segmentProgress(String region, long position) {
        Response progress = procurement().get("/api/regions/" + region + "/progress?minPosition=" + position);
        assertThat(progress.status()).as(progress.body()).isEqualTo(200);
        return progress.json().path("segments").get(0).path("revision");
    }
}
