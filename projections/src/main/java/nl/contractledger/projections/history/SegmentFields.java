package nl.contractledger.projections.history;

import tools.jackson.databind.JsonNode;

import java.util.List;

/**
 * Which fields of a region event's payload name a segment: the segment it defines, revises, budgets, chooses
 * forms for or closes, the one it merges into, and the two a move of products is between. A region's other
 * events (its members, its savings targets) name none.
 */
public final class SegmentFields {

    /** The payload fields that hold a segment id, as the region's events are recorded. */
    public static final List<String> NAMES = List.of("segmentId", "mergeIntoSegmentId", "fromSegmentId", "toSegmentId");

    private SegmentFields() {
    }

    /** Whether the recorded payload names the segment in one of those fields. */
    public static boolean name(JsonNode payload, String segmentId) {
        for (String field : NAMES) {
            JsonNode value = payload.get(field);
            if (value != null && value.isString() && value.asString().equals(segmentId)) {
                return true;
            }
        }
        return false;
    }
}
