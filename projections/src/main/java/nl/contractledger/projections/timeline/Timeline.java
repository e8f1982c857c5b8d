package nl.contractledger.projections.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The tender and revision timelines of a segment; a timeline not asked for is left out. A page of one
 * timeline names in {@code next} the cursor of the page after it, when there is one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Timeline(String segmentId, List<TimelineEntry> tender, List<TimelineEntry> revision, String next) {

    public Timeline(String segmentId, List<TimelineEntry> tender, List<TimelineEntry> revision) {
        this(segmentId, tender, revision, null);
    }
}
