package nl.contractledger.projections.ocds;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A release being made from one event: its tags and the sections it changes. The projection adds the
 * ocid, id, date and initiation type.
 */
final class Draft {

    private final List<String> tags = new ArrayList<>();
    private final ObjectNode body = Json.object();

    Draft(String... tags) {
        this.tags.addAll(List.of(tags));
    }

    Draft tag(String tag) {
        if (!tags.contains(tag)) {
            tags.add(tag);
        }
        return this;
    }

    List<String> tags() {
        return tags;
    }

    /** The contracts the draft changes. */
    List<String> contractIds() {
        List<String> ids = new ArrayList<>();
        if (body.get("contracts") != null) {
            body.get("contracts").forEach(contract -> ids.add(contract.path("id").asString()));
        }
        return ids;
    }

    ObjectNode body() {
        return body;
    }

    /** The object section of that name, made when absent ({@code tender}, {@code planning}). */
    ObjectNode section(String name) {
        return body.has(name) ? (ObjectNode) body.get(name) : body.putObject(name);
    }

    /** Adds an element to the array of that name in the section ({@code tender.milestones}). */
    Draft add(ObjectNode section, String array, ObjectNode element) {
        ArrayNode target = section.get(array) instanceof ArrayNode existing ? existing : section.putArray(array);
        target.add(element);
        return this;
    }

    /** Adds an element to a top-level array ({@code parties}, {@code awards}, {@code contracts}). */
    Draft add(String array, ObjectNode element) {
        return add(body, array, element);
    }
}
