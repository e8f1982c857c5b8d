package nl.contractledger.application.support.hostile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A property present in a generated body, with its schema: where a fault can be put. */
record Slot(ObjectNode parent, String name, JsonNode schema, boolean required) {

    static List<Slot> all(JsonNode body, JsonNode schema) {
        List<Slot> slots = new ArrayList<>();
        collect(body, schema, slots);
        return slots;
    }

    private static void collect(JsonNode node, JsonNode schema, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            java.util.Set<String> required = Names.required(schema);
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                if (object.has(property.getKey())) {
                    slots.add(new Slot(object, property.getKey(), property.getValue(), required.contains(property.getKey())));
                    collect(object.get(property.getKey()), property.getValue(), slots);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, schema.path("items"), slots));
        }
    }

    String type() {
        return schema.has("enum") ? "enum" : schema.path("type").asString("object");
    }
}
