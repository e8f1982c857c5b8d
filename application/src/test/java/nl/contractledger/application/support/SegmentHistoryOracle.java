package nl.contractledger.application.support;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a segment's history must hold, worked out from the global event feed alone: the region's events that name
 * the segment in any field, every event of the tenders, revision procedures and contracts whose first event lists
 * it, and a contract's events that name one of those revision procedures (their outcome on it).
 */
public final class SegmentHistoryOracle {

    private static final Set<String> FIRST_EVENTS = Set.of("TenderPlanned", "RevisionOpened", "ContractPublished");

    private final List<JsonNode> feed;

    private SegmentHistoryOracle(List<JsonNode> feed) {
        this.feed = feed;
    }

    /** Reads the whole feed through {@code GET /api/events}, as someone allowed to read it. */
    public static SegmentHistoryOracle read(ApiClient.Call auditor) {
        List<JsonNode> feed = new ArrayList<>();
        long after = 0;
        while (true) {
            JsonNode page = auditor.get("/api/events?limit=1000&afterPosition=" + after).json();
            page.path("events").forEach(feed::add);
            if (page.path("events").isEmpty()) {
                return new SegmentHistoryOracle(feed);
            }
            after = page.path("lastPosition").asLong();
        }
    }

    /** The positions of the events that concern the segment, in recorded order. */
    public List<Long> positionsConcerning(String segment) {
        Set<String> aggregates = new HashSet<>();
        Set<String> revisions = new HashSet<>();
        for (JsonNode event : feed) {
            boolean lists = FIRST_EVENTS.contains(event.path("type").asString())
                    && event.path("payload").path("segmentIds").valueStream().anyMatch(id -> id.asString().equals(segment));
            if (lists) {
                aggregates.add(key(event));
                if (event.path("type").asString().equals("RevisionOpened")) {
                    revisions.add(event.path("aggregateId").asString());
                }
            }
        }
        List<Long> positions = new ArrayList<>();
        for (JsonNode event : feed) {
            boolean ofRegion = event.path("aggregateType").asString().equals("Region")
                    && event.path("payload").valueStream().anyMatch(value -> value.isString() && value.asString().equals(segment));
            boolean outcome = event.path("aggregateType").asString().equals("Contract")
                    && revisions.contains(event.path("payload").path("revisionId").asString(""));
            if (ofRegion || outcome || aggregates.contains(key(event))) {
                positions.add(event.path("position").asLong());
            }
        }
        return positions;
    }

    /** The positions of the events, in the order given. */
    public static List<Long> positions(JsonNode events) {
        List<Long> positions = new ArrayList<>();
        events.forEach(event -> positions.add(event.path("position").asLong()));
        return positions;
    }

    /** Every event of the segment's history, page after page of {@code limit}, following each page's next link. */
    public static List<Long> pagedPositions(ApiClient.Call reader, String segment, int limit) {
        List<Long> paged = new ArrayList<>();
        String next = "/api/segments/" + segment + "/history?limit=" + limit;
        while (next != null) {
            Response page = reader.get(next);
            if (page.status() != 200) {
                throw new AssertionError(next + " answered " + page);
            }
            paged.addAll(positions(page.json().path("events")));
            String link = page.header("Link");
            next = link == null ? null : link.substring(1, link.indexOf('>'));
        }
        return paged;
    }

    private static String key(JsonNode event) {
        return event.path("aggregateType").asString() + "/" + event.path("aggregateId").asString();
    }
}
