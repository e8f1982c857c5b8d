package nl.contractledger.application.support.hostile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;

/** Resolves the {@code $ref}s of an OpenAPI schema against its components, into one self-contained tree. */
final class Schemas {

    private static final int DEPTH = 12;

    private final JsonNode components;

    Schemas(JsonNode components) {
        this.components = components;
    }

    JsonNode resolve(JsonNode schema) {
        return resolve(schema, 0);
    }

    private JsonNode resolve(JsonNode schema, int depth) {
        if (depth > DEPTH) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asString().substring("#/components/schemas/".length());
            return resolve(components.path(name), depth + 1);
        }
        if (schema.has("allOf") && schema.path("allOf").size() == 1) {
            return resolve(schema.path("allOf").get(0), depth + 1);
        }
        if (!(schema.deepCopy() instanceof ObjectNode resolved)) {
            return schema;
        }
        if (schema.has("items")) {
            resolved.set("items", resolve(schema.path("items"), depth + 1));
        }
        if (schema.has("properties")) {
            ObjectNode properties = resolved.putObject("properties");
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                properties.set(property.getKey(), resolve(property.getValue(), depth + 1));
            }
        }
        return resolved;
    }
}
