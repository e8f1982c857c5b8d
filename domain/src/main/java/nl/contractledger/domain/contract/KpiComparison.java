package nl.contractledger.domain.contract;

/** How a KPI result is compared with its target. */
public enum KpiComparison {
    AT_LEAST,
    AT_MOST
}
