package nl.contractledger.projections.ocds.merge;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Builds the JSON of a merged release from its leaves, in the order the leaves were first seen. */
final class Unflattener {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Unflattener() {
    }

    static ObjectNode unflatten(Map<List<PathStep>, JsonNode> leaves) {
        ObjectNode root = NODES.objectNode();
        Map<JsonNode, Object> identifiers = new IdentityHashMap<>();
        leaves.forEach((path, value) -> place(root, path, value, identifiers));
        return root;
    }

    private static void place(ObjectNode root, List<PathStep> path, JsonNode value, Map<JsonNode, Object> identifiers) {
        JsonNode current = root;
        for (int index = 0; index < path.size(); index++) {
            PathStep step = path.get(index);
            if (step instanceof PathStep.Item item) {
                current = itemOf((ArrayNode) current, item, identifiers);
                continue;
            }
            String name = ((PathStep.Field) step).name();
            ObjectNode object = (ObjectNode) current;
            if (index == path.size() - 1) {
                object.set(name, value);
                return;
            }
            boolean arrayNext = path.get(index + 1) instanceof PathStep.Item;
            JsonNode child = object.get(name);
            if (child == null || (arrayNext ? !child.isArray() : !child.isObject())) {
                child = arrayNext ? NODES.arrayNode() : NODES.objectNode();
                object.set(name, child);
            }
            current = child;
        }
    }

    private static ObjectNode itemOf(ArrayNode array, PathStep.Item item, Map<JsonNode, Object> identifiers) {
        for (JsonNode element : array) {
            if (item.identifier().equals(identifiers.get(element))) {
                return (ObjectNode) element;
            }
        }
        ObjectNode created = NODES.objectNode();
        identifiers.put(created, item.identifier());
        if (item.id() != null) {
            created.set("id", item.id());
        }
        array.add(created);
        return created;
    }
}
