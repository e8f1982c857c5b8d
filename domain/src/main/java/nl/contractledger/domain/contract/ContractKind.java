package nl.contractledger.domain.contract;

/** The kinds of agreement regions make (DOMAIN.md §2). */
public enum ContractKind {
    DEVELOPMENT_AGREEMENT,
    RESULT_AGREEMENT,
    GENERAL_AGREEMENT,
    BRIDGING,
    OPEN_HOUSE
}
