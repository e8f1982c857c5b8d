package nl.contractledger.application.support.hostile;

import tools.jackson.databind.JsonNode;

import java.util.List;

/**
 * A served endpoint that changes something, as the OpenAPI description gives it: method, path
 * template, its path parameters, the schema of its body (missing node when it takes none) and the
 * development user whose role may call it.
 */
public record CommandEndpoint(String method, String template, List<String> parameters, JsonNode bodySchema, String user) {

    public boolean takesBody() {
        return !bodySchema.isMissingNode();
    }

    @Override
    public String toString() {
        return method + " " + template;
    }
}
