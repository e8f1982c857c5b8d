package nl.contractledger.application.web.tender;

import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.Response;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lists of tenders and revision procedures as recorded at an instant, for auditors asking which procedures a
 * region had running then: those recorded by then, each in the state it had then.
 */
class ProcedureListsAsOfTest extends ApiTest {

    private static final String HASH = "ab".repeat(32);

    @Test
    void givenProceduresThatMovedOnAfterAnInstant_whenListedAsOfIt_thenTheListsShowThemInTheirStatesThen()
            throws InterruptedException {
        String region = unique("lists-asof");
        created(procurement().post("/api/regions", "{\"id\": \"%s\", \"name\": \"R\", \"municipalities\": [\"Leiden\"]}".formatted(region)));
        created(procurement().post("/api/regions/" + region + "/segments", """
                {"id": "%s-s1", "number": 1, "name": "S", "procurementForm": "NEW_TENDER", "fundingForm": "EFFORT_BASED"}"""
                .formatted(region)));
        created(procurement().post("/api/regions/" + region + "/segments", """
                {"id": "%s-s2", "number": 2, "name": "S2", "procurementForm": "REVISION", "fundingForm": "EFFORT_BASED"}"""
                .formatted(region)));
        String contract = region + "-c";
        created(procurement().post("/api/contracts", """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s-s2"], "kind": "OPEN_HOUSE", "title": "Open house",
                 "route": {"type": "OPEN_HOUSE"}, "startsOn": "2022-01-01", "endsOn": "2030-12-31", "fundingForm": "EFFORT_BASED",
                 "document": {"title": "Overeenkomst", "sha256": "%s"}}""".formatted(contract, region, region, HASH)));
        String first = region + "-t1";
        String second = region + "-t2";
        created(procurement().post("/api/tenders", tender(first, region)));
        String revision = region + "-rev";
        created(procurement().post("/api/revisions", """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s-s2"], "contractIds": ["%s"], "reason": "new tariffs",
                 "sequence": 1, "effectiveOn": "2027-01-01", "openedOn": "2026-02-01"}""".formatted(revision, region, region, contract)));
        Thread.sleep(5);
        Instant then = Instant.now();
        Thread.sleep(5);

        ok(procurement().post("/api/tenders/" + first + "/document-approval", """
                {"approvedOn": "2026-01-20", "decisionRef": "AB 2026-01-20 (invented)",
                 "document": {"title": "Aanbestedingsleidraad", "sha256": "%s"}}""".formatted(HASH)));
        created(procurement().post("/api/tenders", tender(second, region)));
        Response withdrawn = procurement().post("/api/revisions/" + revision + "/withdrawal",
                "{\"withdrawnOn\": \"2026-09-01\", \"reason\": \"the tariffs wait for the cost-price study\"}");
        ok(withdrawn);

        assertThat(listed("/api/tenders?regionId=" + region + "&minPosition=" + withdrawn.position())).containsExactly(first, second);
        assertThat(listed("/api/tenders?regionId=" + region + "&asOf=" + then)).as("recorded by then").containsExactly(first);
        assertThat(listed("/api/tenders?regionId=" + region + "&state=PLANNED&asOf=" + then)).containsExactly(first);
        assertThat(listed("/api/tenders?regionId=" + region + "&state=PLANNED")).containsExactly(second);
        assertThat(auditor().get("/api/tenders?regionId=" + region + "&asOf=" + then).json().path(0).path("state").asString())
                .isEqualTo("PLANNED");
        assertThat(listed("/api/revisions?segmentId=" + region + "-s2&state=WITHDRAWN")).containsExactly(revision);
        assertThat(listed("/api/revisions?segmentId=" + region + "-s2&state=WITHDRAWN&asOf=" + then)).as("still running then").isEmpty();
        assertThat(listed("/api/revisions?segmentId=" + region + "-s2&state=OPENED&asOf=" + then)).containsExactly(revision);

        Response malformed = auditor().get("/api/revisions?regionId=" + region + "&asOf=2026-13-01T00:00:00Z");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("VALIDATION_FAILED");
    }

    private java.util.List<String> listed(String path) {
        Response list = auditor().get(path);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.itemIds();
    }

    private static String tender(String id, String region) {
        return """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s-s1"], "title": "Jeugdhulp met verblijf 2027",
                 "estimatedValue": "48058090.00",
                 "plannedMilestones": {"consultation": "2025-10-01", "documentsDecision": "2026-01-15",
                   "publication": "2026-02-01", "submissionDeadline": "2026-05-01", "awardDecision": "2026-06-01",
                   "award": "2026-06-30", "contractStart": "2027-01-01"}}""".formatted(id, region, region);
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
}
