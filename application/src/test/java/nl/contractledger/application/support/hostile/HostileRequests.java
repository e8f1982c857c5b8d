package nl.contractledger.application.support.hostile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Generates requests that no endpoint may accept, from a seed: a plausible body for a real aggregate
 * of the endpoint, with one fault put into it (or into its path, headers or content type). The same
 * seed gives the same requests, so a failure can be replayed.
 */
public final class HostileRequests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String PLACEHOLDER = "\u0001raw\u0001";

    private final Random random;
    private final List<CommandEndpoint> endpoints;
    private final PathValues paths;
    private final PlausibleBody bodies;
    private final int maxBodyBytes;

    public HostileRequests(long seed, List<CommandEndpoint> endpoints, PathValues paths, int maxBodyBytes) {
        this.random = new Random(seed);
        this.endpoints = endpoints;
        this.paths = paths;
        this.bodies = new PlausibleBody(random);
        this.maxBodyBytes = maxBodyBytes;
    }

    public HostileRequest next() {
        CommandEndpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
        Fault fault = endpoint.takesBody() ? Fault.values()[random.nextInt(Fault.values().length)] : Fault.HOSTILE_PATH;
        return build(endpoint, fault);
    }

    private HostileRequest build(CommandEndpoint endpoint, Fault fault) {
        JsonNode body = endpoint.takesBody() ? bodies.of(endpoint.bodySchema()) : NODES.objectNode();
        Draft draft = new Draft(endpoint, fault, body, paths.concrete(endpoint, random));
        apply(draft);
        return draft.toRequest();
    }

    private void apply(Draft draft) {
        switch (draft.fault) {
            case MALFORMED_JSON -> draft.text = malformed(draft.text());
            case EMPTY_BODY -> draft.text = "";
            case NOT_AN_OBJECT -> draft.text = pick("[]", "[" + draft.text() + "]", "\"text\"", "42", "null", "true", "{}x");
            case UNKNOWN_FIELD -> unknownField(draft);
            case WRONG_TYPE -> wrongType(draft);
            case MISSING_REQUIRED -> onSlot(draft, Slot::required, slot -> slot.parent().remove(slot.name()));
            case NULL_REQUIRED -> onSlot(draft, Slot::required, slot -> slot.parent().putNull(slot.name()));
            case INVALID_DATE -> onSlot(draft, slot -> Names.isDate(slot.schema()), slot -> slot.parent().put(slot.name(),
                    pick("2026-02-30", "2026-13-01", "01-01-2026", "2026/01/01", "", "2026-1-1", "999999999-12-31", "today",
                            "+999999999-12-31", "-999999999-01-01", "+10000-01-01", "1899-12-31", "2200-01-01")));
            case INVALID_AMOUNT -> onSlot(draft, slot -> slot.type().equals("string") && Names.isAmount(slot.name()),
                    slot -> slot.parent().put(slot.name(), pick("€ 2.41.354", "1.2.3", "abc", "--5", "NaN", "Infinity", "")));
            case UNRECORDABLE_TEXT -> onSlot(draft, slot -> slot.type().equals("string") && !Names.isDate(slot.schema()),
                    slot -> slot.parent().put(slot.name(), pick("Zuid\u0000Holland", "\u001b[31mrood", "bel\u0007", "del\u007f")));
            case TOO_LONG -> onSlot(draft, slot -> slot.schema().has("maxLength"), slot -> slot.parent().put(slot.name(),
                    "x".repeat(slot.schema().path("maxLength").asInt() + 1 + random.nextInt(1000))));
            case OUT_OF_RANGE -> onSlot(draft, slot -> slot.type().equals("integer"), this::outOfRange);
            case HOSTILE_ID -> onSlot(draft, slot -> slot.schema().has("pattern") && slot.type().equals("string"),
                    slot -> slot.parent().put(slot.name(), hostileId()));
            case DEEP_NESTING -> deepNesting(draft);
            case BODY_OVER_LIMIT, CHUNKED_BODY_OVER_LIMIT -> overLimit(draft);
            case WRONG_CONTENT_TYPE -> draft.contentType = pick("text/plain", "application/xml", "text/html", "image/png",
                    "application/x-www-form-urlencoded", "multipart/form-data; boundary=zz", null);
            case UNKNOWN_CHARSET -> draft.contentType = pick("application/json; charset=klingon",
                    "application/json; charset=utf-99", "application/json; charset=");
            case HOSTILE_PATH -> hostilePath(draft);
            case MALFORMED_HEADER -> draft.headers = random.nextBoolean()
                    ? Map.of("If-Match", pick("abc", "\"-1\"", "\"99999999999999999999\"", "W/\"x\"", "\"3", "1,2", " "))
                    : Map.of("Idempotency-Key", pick("short", "k".repeat(101), "with space key", "semi;colon;key", "../../etc"));
        }
    }

    private void unknownField(Draft draft) {
        List<Slot> objects = Slot.all(draft.body, draft.endpoint.bodySchema()).stream()
                .filter(slot -> slot.parent().get(slot.name()) instanceof ObjectNode).toList();
        ObjectNode target = (ObjectNode) draft.body;
        if (!objects.isEmpty() && random.nextBoolean()) {
            Slot slot = pick(objects);
            target = (ObjectNode) slot.parent().get(slot.name());
        }
        target.set(pick("colour", "__proto__", "constructor", "$where", "ID", "Id ", "@type", ""), randomValue(3));
    }

    private void wrongType(Draft draft) {
        onSlot(draft, slot -> true, slot -> slot.parent().set(slot.name(), switch (slot.type()) {
            case "string" -> Names.isDate(slot.schema())
                    ? pick(NODES.booleanNode(true), NODES.objectNode(), NODES.stringNode("tomorrow"))
                    : pick(NODES.objectNode(), NODES.arrayNode(), NODES.numberNode(42), NODES.booleanNode(true));
            case "enum" -> pick(NODES.stringNode("NOT_A_VALUE"), NODES.objectNode(), NODES.booleanNode(false));
            case "integer", "number" -> pick(NODES.stringNode("many"), NODES.objectNode(), NODES.arrayNode());
            case "boolean" -> pick(NODES.stringNode("maybe"), NODES.objectNode(), NODES.arrayNode());
            case "array" -> pick(NODES.stringNode("text"), NODES.objectNode(), NODES.numberNode(42), hugeArrayOfObjects());
            default -> pick(NODES.stringNode("text"), NODES.numberNode(42), NODES.arrayNode(), NODES.booleanNode(true));
        }));
    }

    /** Puts the change on a present property that fits, or, when the body has none, an unknown field. */
    private void onSlot(Draft draft, Predicate<Slot> fits, java.util.function.Consumer<Slot> change) {
        List<Slot> slots = Slot.all(draft.body, draft.endpoint.bodySchema()).stream().filter(fits).toList();
        if (slots.isEmpty()) {
            draft.fault = Fault.UNKNOWN_FIELD;
            unknownField(draft);
        } else {
            change.accept(pick(slots));
        }
    }

    private void outOfRange(Slot slot) {
        JsonNode schema = slot.schema();
        if (schema.has("maximum") && random.nextBoolean()) {
            slot.parent().put(slot.name(), schema.path("maximum").asLong() + 1 + random.nextInt(1000));
        } else if (schema.has("minimum") && random.nextBoolean()) {
            slot.parent().put(slot.name(), schema.path("minimum").asLong() - 1 - random.nextInt(1000));
        } else {
            slot.parent().put(slot.name(), PLACEHOLDER);
        }
    }

    private void deepNesting(Draft draft) {
        int depth = 600 + random.nextInt(4400);
        boolean arrays = random.nextBoolean();
        String open = arrays ? "[" : "{\"a\":";
        String close = arrays ? "]" : "}";
        draft.raw = open.repeat(depth) + (arrays ? "" : "1") + close.repeat(depth);
        onSlot(draft, slot -> true, slot -> slot.parent().put(slot.name(), PLACEHOLDER));
        if (draft.fault == Fault.UNKNOWN_FIELD) {
            draft.fault = Fault.DEEP_NESTING;
            ((ObjectNode) draft.body).put("nested", PLACEHOLDER);
        }
    }

    private void overLimit(Draft draft) {
        int size = maxBodyBytes + 1 + random.nextInt(maxBodyBytes / 2);
        draft.raw = random.nextBoolean()
                ? "\"" + "x".repeat(size) + "\""
                : "[" + "\"Delft\",".repeat(size / 8 + 1) + "\"Delft\"]";
        List<Slot> slots = Slot.all(draft.body, draft.endpoint.bodySchema());
        if (slots.isEmpty()) {
            ((ObjectNode) draft.body).put("padding", PLACEHOLDER);
        } else {
            Slot slot = pick(slots);
            slot.parent().put(slot.name(), PLACEHOLDER);
        }
        draft.chunked = draft.fault == Fault.CHUNKED_BODY_OVER_LIMIT;
    }

    private void hostilePath(Draft draft) {
        if (draft.endpoint.parameters().isEmpty()) {
            draft.fault = Fault.MALFORMED_HEADER;
            draft.headers = Map.of("If-Match", "abc");
            return;
        }
        String parameter = pick(draft.endpoint.parameters());
        String value = parameter.equals("year") || parameter.equals("version")
                ? pick("20x6", "-1", "99999999999", "2026.5", "%20", "0x7E9", "%237E9", "+2026")
                : pick("..", "%2e%2e", "a%2Fb", "%00", "%3Cscript%3E", "UPPER", "x".repeat(300), "%F0%9F%98%80",
                        "a%20b", "a%3Bb", "%25", "a%5Cb", "-", "%0D%0AX-Injected:%201");
        draft.path = paths.concrete(draft.endpoint, random, parameter, value);
    }

    private String hostileId() {
        return pick("../etc/passwd", "a/b", "UPPER", "with space", "<script>alert(1)</script>",
                "'; DROP TABLE domain_event_entry; --", "\u0000", "\uD83D\uDE00", "", "x".repeat(200), "a\\b", "-leading");
    }

    private ArrayNode hugeArrayOfObjects() {
        ArrayNode array = NODES.arrayNode();
        int size = 10_000 + random.nextInt(40_000);
        for (int i = 0; i < size; i++) {
            array.add(NODES.objectNode().put("k", i));
        }
        return array;
    }

    private JsonNode randomValue(int depth) {
        return switch (random.nextInt(depth <= 0 ? 4 : 6)) {
            case 0 -> NODES.stringNode("v" + random.nextInt());
            case 1 -> NODES.numberNode(random.nextLong());
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.nullNode();
            case 4 -> NODES.arrayNode().add(randomValue(depth - 1)).add(randomValue(depth - 1));
            default -> NODES.objectNode().set("k", randomValue(depth - 1));
        };
    }

    private String malformed(String valid) {
        return switch (random.nextInt(5)) {
            case 0 -> valid.substring(0, 1 + random.nextInt(Math.max(1, valid.length() - 1)));
            case 1 -> valid + "}";
            case 2 -> valid.replace('"', '\'');
            case 3 -> "/* comment */" + valid;
            default -> valid.replaceFirst(":", "::");
        };
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A request being built. */
    private static final class Draft {
        private final CommandEndpoint endpoint;
        private final JsonNode body;
        private Fault fault;
        private String path;
        private String text;
        private String raw;
        private String contentType = "application/json";
        private Map<String, String> headers = Map.of();
        private boolean chunked;

        private Draft(CommandEndpoint endpoint, Fault fault, JsonNode body, String path) {
            this.endpoint = endpoint;
            this.fault = fault;
            this.body = body;
            this.path = path;
        }

        private String text() {
            return text != null ? text : JSON.writeValueAsString(body);
        }

        private HostileRequest toRequest() {
            String serialised = text();
            String placeholder = JSON.writeValueAsString(PLACEHOLDER);
            if (serialised.contains(placeholder)) {
                serialised = serialised.replace(placeholder, raw != null ? raw : "99999999999999999999999");
            }
            byte[] bytes = endpoint.takesBody() ? serialised.getBytes(StandardCharsets.UTF_8) : new byte[0];
            return new HostileRequest(fault, endpoint.user(), endpoint.method(), path, contentType, headers, bytes, chunked);
        }
    }
}
