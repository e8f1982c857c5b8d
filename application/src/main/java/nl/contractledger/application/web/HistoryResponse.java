package nl.contractledger.application.web;

import nl.contractledger.projections.history.HistoryEntry;

import java.util.List;

/** Every recorded event of one aggregate, oldest first. */
public record HistoryResponse(String id, List<HistoryEntry> events) {
}
