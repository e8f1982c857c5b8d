package nl.contractledger.domain.revision;

/** How a response was answered (reactienota). */
public enum ResponseDecision {
    ADOPTED,
    PARTLY_ADOPTED,
    NOT_ADOPTED
}
