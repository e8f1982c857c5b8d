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
 * and no read's answer is left without a content.
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
    }
}
