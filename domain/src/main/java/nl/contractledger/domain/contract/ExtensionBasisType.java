package nl.contractledger.domain.contract;

/** The legal basis of an extension. */
public enum ExtensionBasisType {
    OPTION,
    REVIEW_CLAUSE,
    OTHER
}
