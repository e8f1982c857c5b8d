package nl.contractledger.application.web;

import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Auditors take a history into a spreadsheet: {@code Accept: text/csv} on any history, a row per event. */
class HistoryCsvTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void givenARegionsHistory_whenAnAuditorAsksForCsv_thenEachEventIsOneRowWithItsMetadataAndPayloadAsRecorded() {
        String region = unique("csv");
        api.as("procurement").header("X-Correlation-Id", "-2-2").post("/api/regions",
                "{\"id\": \"%s\", \"name\": \"C\", \"municipalities\": [\"Delft\", \"Voorschoten\"]}".formatted(region));
        api.as("procurement").post("/api/regions/" + region + "/municipalities/Voorschoten/withdrawal",
                "{\"effectiveOn\": \"2024-01-01\", \"reason\": \"left, \\\"for good\\\"\\nafter a vote\"}");
        JsonNode history = api.as("auditor").get("/api/regions/" + region + "/history").json().path("events");

        Response csv = api.as("auditor").header("Accept", "text/csv").get("/api/regions/" + region + "/history");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"region-" + region + "-history.csv\"");
        List<List<String>> rows = parse(csv.body());
        assertThat(rows.get(0)).containsExactly("position", "recordedAt", "aggregateType", "aggregateId", "sequence", "type",
                "actor", "correlationId", "causationId", "seal", "payload");
        assertThat(rows).hasSize(3);
        for (int i = 0; i < 2; i++) {
            List<String> row = rows.get(i + 1);
            JsonNode event = history.get(i);
            assertThat(row.get(0)).isEqualTo(event.path("position").asString());
            assertThat(row.get(1)).isEqualTo(event.path("recordedAt").asString());
            assertThat(row.subList(2, 7)).containsExactly("Region", region, event.path("sequence").asString(),
                    event.path("type").asString(), "procurement");
            assertThat(JSON.readTree(row.get(10))).isEqualTo(event.path("payload"));
        }
        assertThat(rows.get(1).get(7)).as("a spreadsheet must not run it as a formula").isEqualTo("'-2-2");
        assertThat(JSON.readTree(rows.get(2).get(10)).path("reason").asString()).isEqualTo("left, \"for good\"\nafter a vote");
    }

    @Test
    void givenAHistory_whenAskedWithoutCsv_thenItStaysJsonAndAnUnknownOneIsAProblem() {
        String region = unique("csv-json");
        api.as("procurement").post("/api/regions",
                "{\"id\": \"%s\", \"name\": \"J\", \"municipalities\": [\"Delft\"]}".formatted(region));

        Response plain = api.as("auditor").get("/api/regions/" + region + "/history");
        assertThat(plain.header("Content-Type")).startsWith("application/json");
        assertThat(plain.json().path("events")).hasSize(1);
        assertThat(plain.json().has("kind")).as("the file name's kind is no field").isFalse();
        Response anyType = api.as("auditor").header("Accept", "*/*").get("/api/regions/" + region + "/history");
        assertThat(anyType.header("Content-Type")).startsWith("application/json");

        Response unknown = api.as("auditor").header("Accept", "text/csv").get("/api/contracts/no-such-contract/history");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void givenASegmentsHistory_whenAPageIsAskedForAsCsv_thenItHoldsThatPageAndLinksToTheNext() {
        String region = unique("csv-seg");
        String segment = region + "-s1";
        api.as("procurement").post("/api/regions",
                "{\"id\": \"%s\", \"name\": \"S\", \"municipalities\": [\"Delft\"]}".formatted(region));
        Response defined = api.as("procurement").post("/api/regions/" + region + "/segments", """
                {"id": "%s", "number": 1, "name": "Eén", "description": "d", "objectives": [], "procurementForm": "OPEN_HOUSE",
                 "fundingForm": "TASK_BASED", "products": []}""".formatted(segment));
        for (int year = 2027; year <= 2029; year++) {
            api.as("procurement").put("/api/regions/" + region + "/segments/" + segment + "/budgets/" + year,
                    "{\"amount\": \"100.00\", \"youthCount\": 1}");
        }

        Response page = api.as("auditor").header("Accept", "text/csv")
                .get("/api/segments/" + segment + "/history?limit=2&minPosition=" + defined.position());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Disposition")).isEqualTo("attachment; filename=\"segment-" + segment + "-history.csv\"");
        List<List<String>> rows = parse(page.body());
        assertThat(rows.subList(1, rows.size())).as("not the region's registration").extracting(row -> row.get(5))
                .containsExactly("SegmentDefined", "SegmentBudgetSet");
        assertThat(page.header("Link")).contains("/api/segments/" + segment + "/history?afterPosition=");
    }

    /** RFC 4180: fields separated by commas, quoted when they hold a comma, quote or line break, rows by CRLF. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field).as("the file ends with a line break").isEmpty();
        assertThat(row).isEmpty();
        return rows;
    }
}
