package nl.contractledger.application.support.hostile;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every GET endpoint of the served OpenAPI description, with the names of its path and query parameters. */
public final class ReadEndpoints {

    private ReadEndpoints() {
    }

    /** One GET endpoint: its path template and its parameters by where they go. */
    public record ReadEndpoint(String template, List<String> pathParameters, List<String> queryParameters) {
    }

    public static List<ReadEndpoint> of(JsonNode openApi) {
        List<ReadEndpoint> endpoints = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : openApi.path("paths").properties()) {
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode()) {
                continue;
            }
            List<String> inPath = new ArrayList<>();
            List<String> inQuery = new ArrayList<>();
            for (JsonNode parameter : get.path("parameters")) {
                switch (parameter.path("in").asString()) {
                    case "path" -> inPath.add(parameter.path("name").asString());
                    case "query" -> inQuery.add(parameter.path("name").asString());
                    default -> {
                    }
                }
            }
            endpoints.add(new ReadEndpoint(path.getKey(), inPath, inQuery));
        }
        return endpoints;
    }
}
