package nl.contractledger.projections.ocds.merge;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns a release into its leaves, each under the path that leads to it: objects and identifier-merged
 * arrays are entered; literals, {@code null}, whole-list-merged arrays and arrays that hold anything but
 * objects are leaves. Empty objects and empty identifier-merged arrays give no leaf.
 */
final class Flattener {

    /** A leaf: its value, and whether a versioned release keeps it plain instead of versioning it. */
    record Leaf(JsonNode value, boolean plain) {
    }

    private final MergeRules rules;
    private final AtomicLong anonymous = new AtomicLong();

    Flattener(MergeRules rules) {
        this.rules = rules;
    }

    Map<List<PathStep>, Leaf> flatten(JsonNode release) {
        Map<List<PathStep>, Leaf> leaves = new LinkedHashMap<>();
        object(release, List.of(), List.of(), false, leaves);
        return leaves;
    }

    private void object(JsonNode node, List<PathStep> path, List<String> rulePath, boolean arrayItem,
                        Map<List<PathStep>, Leaf> leaves) {
        for (var field : node.properties()) {
            List<PathStep> fieldPath = append(path, new PathStep.Field(field.getKey()));
            List<String> fieldRulePath = append(rulePath, field.getKey());
            if (rules.has(fieldRulePath, MergeRule.OMIT_WHEN_MERGED)) {
                continue;
            }
            JsonNode value = field.getValue();
            if (isLeaf(value, fieldRulePath)) {
                leaves.put(fieldPath, new Leaf(value, isPlain(field.getKey(), fieldRulePath, path.isEmpty(), arrayItem)));
            } else if (value.isArray()) {
                for (JsonNode item : value) {
                    object(item, append(fieldPath, item(item)), fieldRulePath, true, leaves);
                }
            } else {
                object(value, fieldPath, fieldRulePath, false, leaves);
            }
        }
    }

    private boolean isLeaf(JsonNode value, List<String> rulePath) {
        if (!value.isContainer() || rules.has(rulePath, MergeRule.WHOLE_LIST_MERGE)) {
            return true;
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (!item.isObject()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The {@code ocid}, and the {@code id} that identifies an object of an array, are not versioned. */
    private boolean isPlain(String name, List<String> rulePath, boolean topLevel, boolean arrayItem) {
        if (topLevel && name.equals("ocid")) {
            return true;
        }
        return arrayItem && name.equals("id") && !rules.has(rulePath, MergeRule.VERSION_ID);
    }

    private PathStep.Item item(JsonNode item) {
        JsonNode id = item.get("id");
        if (id != null && !id.isContainer() && !id.isNull()) {
            return new PathStep.Item(id, id);
        }
        return new PathStep.Item(new Anonymous(anonymous.incrementAndGet()), null);
    }

    /** The identifier of an object without {@code id}: equal to nothing else. */
    private record Anonymous(long number) {
    }

    private static <T> List<T> append(List<T> list, T element) {
        List<T> appended = new ArrayList<>(list.size() + 1);
        appended.addAll(list);
        appended.add(element);
        return appended;
    }
}
