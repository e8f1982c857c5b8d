package nl.contractledger.domain.region;

/** How care in a segment is paid for (bekostigingsvorm). */
public enum FundingForm {
    EFFORT_BASED,
    TASK_BASED,
    OUTCOME_BASED,
    PATHWAY,
    POPULATION_BASED
}
