package nl.contractledger.application.security;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role matrix of {@code access-matrix.txt}, checked against the endpoints the served OpenAPI
 * description lists, so that a new endpoint cannot be forgotten: without credentials every endpoint
 * answers 401, and each role is let through or refused with 403 as the matrix says.
 */
class AccessMatrixTest extends ApiTest {

    private static final List<String> ROLES = List.of("procurement", "auditor", "legal", "admin");

    @Test
    void givenTheServedOpenApiDescription_whenEveryEndpointIsCalledByEveryRole_thenAccessIsAsTheMatrixSays() throws IOException {
        Map<String, Set<String>> matrix = matrix();
        assertThat(served()).as("endpoints served and endpoints in access-matrix.txt").isEqualTo(new TreeSet<>(matrix.keySet()));

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<String>> endpoint : matrix.entrySet()) {
            String method = endpoint.getKey().substring(0, endpoint.getKey().indexOf(' '));
            String path = concrete(endpoint.getKey().substring(method.length() + 1));
            int anonymous = call(api.anonymous(), method, path).status();
            if (anonymous != 401) {
                wrong.add(endpoint.getKey() + " without credentials: " + anonymous);
            }
            for (String role : ROLES) {
                int status = call(api.as(role), method, path).status();
                boolean allowed = endpoint.getValue().contains(role.toUpperCase());
                if (allowed ? status == 401 || status == 403 : status != 403) {
                    wrong.add(endpoint.getKey() + " as " + role + ": " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private Set<String> served() {
        JsonNode paths = api.anonymous().get("/v3/api-docs").json().path("paths");
        Set<String> endpoints = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                endpoints.add(operation.getKey().toUpperCase() + " " + path.getKey());
            }
        }
        return endpoints;
    }

    private static Map<String, Set<String>> matrix() throws IOException {
        Map<String, Set<String>> matrix = new LinkedHashMap<>();
        try (InputStream in = AccessMatrixTest.class.getResourceAsStream("/access-matrix.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.trim().split(" ");
                    matrix.put(parts[0] + " " + parts[1], Set.of(parts[2].split(",")));
                }
            }
        }
        return matrix;
    }

    private static String concrete(String template) {
        return template.replace("{year}", "2026").replace("{version}", "1").replaceAll("\\{[^}]+}", "zz-missing");
    }

    private static Response call(ApiClient.Call call, String method, String path) {
        return switch (method) {
            case "GET" -> call.get(path);
            case "PUT" -> call.put(path, "{}");
            default -> call.post(path, "{}");
        };
    }
}
