package nl.contractledger.application.support.hostile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A body shaped as the schema asks, with plausible values (ids as slugs, dates, amounts, hashes), so
 * that a single fault put into it is what the application has to find.
 */
final class PlausibleBody {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] SLUGS = {"haaglanden", "hgl-s1", "fuzz-id", "zhz", "provider-a"};
    private static final String[] DATES = {"2026-01-01", "2027-06-30", "2025-12-31", "2028-02-29"};
    private static final String[] AMOUNTS = {"100.00", "2410354", "0.01", "12345.67"};

    private final Random random;

    PlausibleBody(Random random) {
        this.random = random;
    }

    JsonNode of(JsonNode schema) {
        return value(schema, "", 0);
    }

    private JsonNode value(JsonNode schema, String name, int depth) {
        if (schema.has("enum")) {
            JsonNode values = schema.path("enum");
            return values.get(random.nextInt(values.size()));
        }
        return switch (schema.path("type").asString("object")) {
            case "string" -> NODES.stringNode(text(schema, name));
            case "integer", "number" -> NODES.numberNode(integer(schema));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "array" -> array(schema, name, depth);
            default -> object(schema, depth);
        };
    }

    private ObjectNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        Set<String> required = Names.required(schema);
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            if (required.contains(property.getKey()) || (depth < 3 && random.nextBoolean())) {
                object.set(property.getKey(), value(property.getValue(), property.getKey(), depth + 1));
            }
        }
        return object;
    }

    private ArrayNode array(JsonNode schema, String name, int depth) {
        ArrayNode array = NODES.arrayNode();
        int size = Math.max(schema.path("minItems").asInt(1), 1 + random.nextInt(2));
        for (int i = 0; i < size; i++) {
            array.add(value(schema.path("items"), name, depth + 1));
        }
        return array;
    }

    private String text(JsonNode schema, String name) {
        String format = schema.path("format").asString("");
        String pattern = schema.path("pattern").asString("");
        if (format.equals("date")) {
            return pick(DATES);
        }
        if (format.equals("date-time")) {
            return pick(DATES) + "T10:00:00Z";
        }
        if (pattern.contains("0-9a-fA-F")) {
            return "ab".repeat(32);
        }
        if (!pattern.isEmpty() || Names.isId(name)) {
            return pick(SLUGS);
        }
        if (Names.isAmount(name)) {
            return pick(AMOUNTS);
        }
        return "text " + random.nextInt(1000);
    }

    private long integer(JsonNode schema) {
        long minimum = schema.path("minimum").asLong(1);
        long maximum = schema.path("maximum").asLong(minimum + 100);
        return minimum + (long) (random.nextDouble() * (maximum - minimum));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
