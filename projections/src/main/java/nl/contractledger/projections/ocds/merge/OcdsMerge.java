package nl.contractledger.projections.ocds.merge;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OCDS 1.1 merge routine, driven by the release schema's annotations: releases in date order,
 * objects merged field by field, arrays of objects by {@code id} unless whole-list merged, an explicit
 * {@code null} removing a field. Gives the compiled release (the latest value of every field) and the
 * versioned release (every value a field has had, with the release that gave it).
 */
public final class OcdsMerge {

    public static final String RELEASE_SCHEMA = "/ocds/release-schema-1__1__4.json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Comparator<JsonNode> BY_DATE =
            Comparator.comparing(release -> OffsetDateTime.parse(release.path("date").asString()).toInstant());

    private final MergeRules rules;

    public OcdsMerge(MergeRules rules) {
        this.rules = rules;
    }

    /** The merge of the OCDS 1.1.4 release schema the product exports against. */
    public static OcdsMerge ofReleaseSchema() {
        try (InputStream schema = OcdsMerge.class.getResourceAsStream(RELEASE_SCHEMA)) {
            if (schema == null) {
                throw new IllegalStateException("the OCDS release schema is missing from the classpath: " + RELEASE_SCHEMA);
            }
            return new OcdsMerge(MergeRules.of(JsonMapper.builder().build().readTree(schema)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The compiled release: tag {@code compiled}, id {@code {ocid}-{latest date}}, the latest value of every field. */
    public ObjectNode compile(List<? extends JsonNode> releases) {
        List<JsonNode> ordered = inDateOrder(releases);
        Flattener flattener = new Flattener(rules);
        Map<List<PathStep>, JsonNode> merged = new LinkedHashMap<>();
        for (JsonNode release : ordered) {
            flattener.flatten(release).forEach((path, leaf) -> merged.put(path, leaf.value()));
        }
        merged.values().removeIf(JsonNode::isNull);
        ObjectNode compiled = NODES.objectNode();
        compiled.set("tag", NODES.arrayNode().add("compiled"));
        String date = ordered.get(ordered.size() - 1).path("date").asString();
        JsonNode body = Unflattener.unflatten(merged);
        compiled.put("id", body.path("ocid").asString() + "-" + date);
        compiled.put("date", date);
        compiled.setAll((ObjectNode) body);
        return compiled;
    }

    /** The versioned release: for every field the values it has had, each with the release that gave it. */
    public ObjectNode versioned(List<? extends JsonNode> releases) {
        Flattener flattener = new Flattener(rules);
        Map<List<PathStep>, JsonNode> merged = new LinkedHashMap<>();
        for (JsonNode release : inDateOrder(releases)) {
            flattener.flatten(release).forEach((path, leaf) -> {
                if (leaf.plain()) {
                    merged.put(path, leaf.value());
                    return;
                }
                ArrayNode versions = (ArrayNode) merged.computeIfAbsent(path, ignored -> NODES.arrayNode());
                if (versions.isEmpty() || !versions.get(versions.size() - 1).get("value").equals(leaf.value())) {
                    versions.add(NODES.objectNode()
                            .put("releaseID", release.path("id").asString())
                            .put("releaseDate", release.path("date").asString())
                            .<ObjectNode>set("releaseTag", release.path("tag"))
                            .set("value", leaf.value()));
                }
            });
        }
        return Unflattener.unflatten(merged);
    }

    private static List<JsonNode> inDateOrder(List<? extends JsonNode> releases) {
        if (releases.isEmpty()) {
            throw new IllegalArgumentException("there is no release to merge");
        }
        return releases.stream().map(JsonNode.class::cast).sorted(BY_DATE).toList();
    }
}
