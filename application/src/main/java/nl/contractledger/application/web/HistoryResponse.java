package nl.contractledger.application.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import nl.contractledger.projections.history.HistoryEntry;

import java.util.List;

/** Every recorded event of one aggregate, oldest first; {@code kind} ("contract") names it in a file name. */
public record HistoryResponse(String id, List<HistoryEntry> events, @JsonIgnore String kind) implements EventListing {

    @Override
    public String fileName() {
        return kind + "-" + id + "-history";
    }
}
