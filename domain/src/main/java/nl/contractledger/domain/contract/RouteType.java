package nl.contractledger.domain.contract;

/** How a contract came about. */
public enum RouteType {
    TENDER,
    OPEN_HOUSE,
    REVISION,
    BRIDGING
}
