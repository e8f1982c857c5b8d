package nl.contractledger.application.web.conventions;

import nl.contractledger.application.support.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description documents what each read answers: JSON passed through as recorded (an event's payload, an
 * OCDS package) is an object, not the properties of the JSON reader's tree type ({@code nodeType}, {@code array}, …),
 * and no read's answer is left without a content. Each operation documents what it answers: a creation {@code 201},
 * another command {@code 200}, a rebuild {@code 202}, and the problems ({@code application/problem+json}) it may give.
 */
class OpenApiResponsesTest extends ApiTest {

    @Test
    void givenEveryReadEndpoint_whenItsDocumentedAnswerIsRead_thenItHasAContentAndNoSchemaDescribesTheJsonTreeType() {
        JsonNode openApi = api.anonymous().get("/v3/api-docs").json();
        List<String> withoutContent = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : openApi.path("paths").properties()) {
            JsonNode ok = path.getValue().path("get").path("responses").path("200");
            if (!ok.isMissingNode() && ok.path("content").isEmpty()) {
                withoutContent.add(path.getKey());
            }
        }

        assertThat(withoutContent).isEmpty();
        assertThat(openApi.path("components").path("schemas").propertyNames()).doesNotContain("JsonNode", "ObjectNode");
        assertThat(openApi.findValues("nodeType")).as("a schema property of the tree type").isEmpty();
        JsonNode payload = openApi.path("components").path("schemas").path("HistoryEntry").path("properties").path("payload");
        assertThat(payload.path("type").asString()).isEqualTo("object");
        JsonNode releases = openApi.path("paths").path("/api/ocds/releases").path("get").path("responses").path("200");
        assertThat(releases.path("description").asString()).contains("OCDS 1.1 release package");
        assertThat(releases.path("content").path("application/json").path("schema").path("externalDocs").path("url").asString())
                .isEqualTo("https://standard.open-contracting.org/1.1/en/schema/release_package/");
        assertThat(openApi.findValues("*/*")).as("an answer of no stated form").isEmpty();
    }

    @Test
    void givenTheReadsThatTakeAsOfOnOrMinPosition_whenTheirParametersAreRead_thenEachSaysWhatItAsksFor() {
        JsonNode openApi = api.anonymous().get("/v3/api-docs").json();
        List<String> undescribed = new ArrayList<>();
        int shared = 0;
        for (Map.Entry<String, JsonNode> path : openApi.path("paths").properties()) {
            for (JsonNode parameter : path.getValue().path("get").path("parameters")) {
                if (List.of("asOf", "on", "minPosition").contains(parameter.path("name").asString())) {
                    shared++;
                    if (parameter.path("description").asString("").isBlank()) {
                        undescribed.add(path.getKey() + " " + parameter.path("name").asString());
                    }
                }
            }
        }

        assertThat(undescribed).isEmpty();
        assertThat(shared).as("reads that take them").isGreaterThan(20);
        JsonNode contract = openApi.path("paths").path("/api/contracts/{contractId}").path("get").path("parameters");
        assertThat(contract.findValuesAsString("description")).anySatisfy(description ->
                assertThat(description).contains("by the end of a day in Europe/Amsterdam"));
    }

    @Test
    void givenEveryCommand_whenItsDocumentedAnswersAreRead_thenCreationsSay201OthersSay200AndEachListsItsProblems() {
        JsonNode openApi = api.anonymous().get("/v3/api-docs").json();
        List<String> wrong = new ArrayList<>();
        int commands = 0;
        for (Map.Entry<String, JsonNode> path : openApi.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode responses = operation.getValue().path("responses");
                boolean isCommand = operation.getValue().path("parameters").findValuesAsString("name").contains("If-Match");
                List<String> problems = isCommand ? List.of("400", "401", "403", "404", "409", "412", "413", "415", "422", "503")
                        : operation.getKey().equals("get") ? List.of("400", "401", "403", "404", "406", "503")
                        : List.of("400", "401", "403", "404", "409", "503");
                String where = operation.getKey().toUpperCase() + " " + path.getKey();
                for (String status : problems) {
                    if (!responses.path(status).path("content").path("application/problem+json").path("schema").path("$ref")
                            .asString().equals("#/components/schemas/Problem")) {
                        wrong.add(where + " does not document its " + status + " problem");
                    }
                }
                if (isCommand) {
                    commands++;
                    boolean creates = CREATIONS.contains(path.getKey());
                    String success = creates ? "201" : "200";
                    String answer = responses.path(success).path("content").path("application/json").path("schema").path("$ref")
                            .asString();
                    if (!(answer.endsWith("/CommandAnswer") || answer.endsWith("/AwardDecisionAnswer"))
                            || responses.has(creates ? "200" : "201")) {
                        wrong.add(where + " does not answer " + success + " alone with the command's answer");
                    }
                }
            }
        }

        assertThat(wrong).isEmpty();
        assertThat(commands).as("the commands, known by their If-Match header").isGreaterThanOrEqualTo(45);
        assertThat(openApi.path("paths").path("/api/admin/projections/{name}/replay").path("post").path("responses").has("202")).isTrue();
        JsonNode problem = openApi.path("components").path("schemas").path("Problem").path("properties");
        assertThat(problem.propertyNames()).contains("type", "title", "status", "detail", "code", "errors");
    }

    /** The commands that create an aggregate: {@code 201 Created} with its Location. */
    private static final List<String> CREATIONS = List.of("/api/regions", "/api/regions/{regionId}/segments", "/api/providers",
            "/api/tenders", "/api/contracts", "/api/revisions");
}
