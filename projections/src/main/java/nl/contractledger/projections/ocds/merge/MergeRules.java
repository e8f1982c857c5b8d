package nl.contractledger.projections.ocds.merge;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The merge annotations of a release schema, by the path of field names that leads to them (array
 * items do not add a step): {@code ["tender", "items", "additionalClassifications"]} is whole-list merged.
 */
public final class MergeRules {

    private static final int MAX_DEPTH = 32;

    private final Map<List<String>, Set<MergeRule>> rules;

    private MergeRules(Map<List<String>, Set<MergeRule>> rules) {
        this.rules = rules;
    }

    /** Reads the annotations of a JSON Schema with local {@code #/definitions/...} references. */
    public static MergeRules of(JsonNode schema) {
        Map<List<String>, Set<MergeRule>> rules = new HashMap<>();
        collect(schema, schema, List.of(), rules, 0);
        return new MergeRules(rules);
    }

    boolean has(List<String> path, MergeRule rule) {
        return rules.getOrDefault(path, Set.of()).contains(rule);
    }

    private static void collect(JsonNode schema, JsonNode node, List<String> path, Map<List<String>, Set<MergeRule>> rules,
                                int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("the schema nests deeper than " + MAX_DEPTH + " levels at " + path);
        }
        JsonNode resolved = resolve(schema, node);
        for (var property : resolved.path("properties").properties()) {
            List<String> fieldPath = new ArrayList<>(path);
            fieldPath.add(property.getKey());
            JsonNode field = property.getValue();
            JsonNode target = resolve(schema, field);
            Set<MergeRule> found = EnumSet.noneOf(MergeRule.class);
            mark(found, field, target, "omitWhenMerged", MergeRule.OMIT_WHEN_MERGED);
            mark(found, field, target, "wholeListMerge", MergeRule.WHOLE_LIST_MERGE);
            mark(found, field, target, "versionId", MergeRule.VERSION_ID);
            if (!found.isEmpty()) {
                rules.put(List.copyOf(fieldPath), found);
            }
            collect(schema, target, fieldPath, rules, depth + 1);
            if (target.has("items")) {
                collect(schema, target.get("items"), fieldPath, rules, depth + 1);
            }
        }
    }

    private static void mark(Set<MergeRule> found, JsonNode field, JsonNode target, String annotation, MergeRule rule) {
        if (field.path(annotation).asBoolean(false) || target.path(annotation).asBoolean(false)) {
            found.add(rule);
        }
    }

    private static JsonNode resolve(JsonNode schema, JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && hops < MAX_DEPTH; hops++) {
            String reference = current.get("$ref").asString();
            if (!reference.startsWith("#/")) {
                throw new IllegalArgumentException("only local references are supported: " + reference);
            }
            current = schema.at(reference.substring(1));
        }
        return current;
    }
}
