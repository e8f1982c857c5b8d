package nl.contractledger.projections.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** The tender and revision timelines of a segment; a timeline not asked for is left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Timeline(String segmentId, List<TimelineEntry> tender, List<TimelineEntry> revision) {
}
