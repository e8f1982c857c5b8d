package nl.contractledger.application.support.hostile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every endpoint of the served OpenAPI description that changes something, with its body schema resolved. */
public final class CommandEndpoints {

    private static final Set<String> WRITING = Set.of("post", "put", "patch", "delete");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    private CommandEndpoints() {
    }

    public static List<CommandEndpoint> of(JsonNode openApi) {
        Schemas schemas = new Schemas(openApi.path("components").path("schemas"));
        List<CommandEndpoint> endpoints = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : openApi.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (WRITING.contains(operation.getKey())) {
                    JsonNode body = operation.getValue().path("requestBody").path("content").path("application/json").path("schema");
                    endpoints.add(new CommandEndpoint(operation.getKey().toUpperCase(), path.getKey(),
                            parameters(path.getKey()), body.isMissingNode() ? MissingNode.getInstance() : schemas.resolve(body),
                            user(path.getKey())));
                }
            }
        }
        return endpoints;
    }

    private static List<String> parameters(String template) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static String user(String template) {
        if (template.startsWith("/api/admin/")) {
            return "admin";
        }
        return template.startsWith("/api/audit/") ? "auditor" : "procurement";
    }
}
