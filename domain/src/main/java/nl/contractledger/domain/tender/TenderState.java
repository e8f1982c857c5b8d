package nl.contractledger.domain.tender;

/** Where a tender is in its lifecycle (DOMAIN.md §3.3). */
public enum TenderState {
    PLANNED,
    CONSULTING,
    DOCUMENTS_APPROVED,
    OPEN,
    EVALUATING,
    STANDSTILL,
    CONTESTED,
    AWARDED,
    CANCELLED
}
