package nl.contractledger.domain.provider;

/** The size classes of providers used in the H10 documents [003]. */
public enum SizeClass {
    LARGE,
    MEDIUM,
    SMALL,
    INDEPENDENT
}
