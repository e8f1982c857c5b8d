package nl.contractledger.domain.region;

/** How a segment is purchased: a new tender, a revision of running contracts, or open house. */
public enum ProcurementForm {
    NEW_TENDER,
    REVISION,
    OPEN_HOUSE
}
