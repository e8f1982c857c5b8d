package nl.contractledger.application.web;

import nl.contractledger.projections.history.HistoryEntry;

import java.util.List;

/** An answer that lists recorded events: an aggregate's history or a page of a segment's; JSON or CSV ({@link HistoryCsv}). */
public interface EventListing {

    List<HistoryEntry> events();

    /** The name a downloaded CSV file is given, without its extension ({@code contract-zhz-inkoop-2022-history}). */
    String fileName();
}
