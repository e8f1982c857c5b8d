package nl.contractledger.application.web.conventions;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.EventCount;
import nl.contractledger.application.support.Response;
import nl.contractledger.application.support.RunningApplication;
import nl.contractledger.application.support.Staff;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Text a command carries reaches every read model as it was sent, or the command is refused. PostgreSQL's text
 * cannot hold U+0000: before, a region named with one was accepted and its events then failed the timelines and
 * the OCDS export, parked as dead letters; a half surrogate pair was stored as {@code ?}.
 */
abstract class RecordableTextContract {

    // both tests run on one database on PostgreSQL: each uses ids of its own

    protected abstract String[] database();

    protected abstract Staff staff();

    @Test
    void givenTextTheLedgerCannotRecord_whenCommandsCarryIt_thenEachIsRefusedNamingWhereItStandsAndNothingIsWritten() {
        try (RunningApplication app = RunningApplication.start(database())) {
            ApiClient.Call procurement = staff().procurement(app.api());
            created(procurement.post("/api/regions", "{\"id\": \"text\", \"name\": \"R\", \"municipalities\": [\"Delft\"]}"));
            EventCount events = new EventCount(app.jdbc());
            long before = events.total();
            List<Map.Entry<String, Response>> refused = List.of(
                    Map.entry("name", procurement.post("/api/regions",
                            "{\"id\": \"text-nul\", \"name\": \"Zuid\\u0000Holland\", \"municipalities\": [\"Delft\"]}")),
                    Map.entry("municipalities[1]", procurement.post("/api/regions",
                            "{\"id\": \"text-esc\", \"name\": \"R\", \"municipalities\": [\"Delft\", \"Rijs\\u001bwijk\"]}")),
                    Map.entry("name", procurement.post("/api/providers",
                            "{\"id\": \"text-p\", \"name\": \"Jeugdhof \\ud800\", \"kvkNumber\": \"12121212\", \"sizeClass\": \"SMALL\"}")),
                    Map.entry("products[0].name", procurement.post("/api/regions/text/segments", """
                            {"id": "text-s9", "number": 9, "name": "S", "procurementForm": "OPEN_HOUSE", "fundingForm": "EFFORT_BASED",
                             "products": [{"code": "P1", "name": "toeslag\\u0000crisis", "category": "45"}]}""")));

            for (Map.Entry<String, Response> refusal : refused) {
                Response response = refusal.getValue();
                assertThat(response.status()).as(refusal.getKey() + ": " + response.body()).isEqualTo(400);
                assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
                assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly(refusal.getKey());
            }
            assertThat(events.total()).isEqualTo(before);
        }
    }

    @Test
    void givenTextWithLineBreaksTabsAndCharactersBeyondTheBasicPlane_whenRecorded_thenEveryReadModelTakesItUnchanged() {
        try (RunningApplication app = RunningApplication.start(database())) {
            ApiClient.Call procurement = staff().procurement(app.api());
            created(procurement.post("/api/regions",
                    "{\"id\": \"lines\", \"name\": \"Zuid-Holland\\tZuid \\ud83d\\ude00\", \"municipalities\": [\"Delft\"]}"));
            created(procurement.post("/api/regions/lines/segments", """
                    {"id": "lines-s1", "number": 1, "name": "Crisis\\r\\nopvang", "procurementForm": "NEW_TENDER",
                     "fundingForm": "EFFORT_BASED", "description": "line one\\nline two"}"""));
            Response tender = procurement.post("/api/tenders", """
                    {"id": "lines-t", "regionId": "lines", "segmentIds": ["lines-s1"], "title": "Verblijf \\u2013 2027 \\ud83d\\udcc4"}""");
            created(tender);

            JsonNode segment = staff().auditor(app.api()).get("/api/segments/lines-s1?minPosition=" + tender.position()).json();
            JsonNode timeline = staff().auditor(app.api()).get("/api/segments/lines-s1/timeline?kind=tender&minPosition="
                    + tender.position()).json();
            assertThat(segment.path("name").asString()).isEqualTo("Crisis\r\nopvang");
            assertThat(segment.path("description").asString()).isEqualTo("line one\nline two");
            assertThat(timeline.path("tender").get(0).path("summary").asString()).contains("Verblijf \u2013 2027 \uD83D\uDCC4");
            assertThat(staff().auditor(app.api()).get("/api/regions/lines").json().path("name").asString())
                    .isEqualTo("Zuid-Holland\tZuid \uD83D\uDE00");
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                JsonNode projections = staff().admin(app.api()).get("/api/admin/projections").json();
                for (JsonNode projection : projections) {
                    assertThat(projection.path("position").asLong()).as(projection.path("name").asString())
                            .isGreaterThanOrEqualTo(tender.position());
                    assertThat(projection.path("deadLetters").asLong()).as(projection.path("name").asString()).isZero();
                }
            });
        }
    }

    private static void created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }
}
