package nl.contractledger.application.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import nl.contractledger.projections.history.HistoryEntry;

import java.util.List;

/** Every recorded event of one aggregate, oldest first; {@code fileName} is named after its stream, for a CSV download. */
public record HistoryResponse(String id, List<HistoryEntry> events, @JsonIgnore String fileName) implements EventListing {

    /** The history of the stream ({@code revision:hgl-rev-2027-1}), whose CSV file is {@code revision-hgl-rev-2027-1-history}. */
    public static HistoryResponse of(String id, List<HistoryEntry> events, String streamKey) {
        return new HistoryResponse(id, events, streamKey.replace(':', '-') + "-history");
    }
}
