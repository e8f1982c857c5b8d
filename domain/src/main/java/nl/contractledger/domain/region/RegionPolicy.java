package nl.contractledger.domain.region;

import nl.contractledger.domain.shared.Require;

/**
 * Per-region settings with the defaults of DOMAIN.md §3.1: contracts of at least six years, revisions
 * ready six months before they take effect, and a standstill of twenty calendar days.
 */
public record RegionPolicy(int minimumContractYears, int revisionLeadTimeMonths, int standstillDays) {

    public static final int DEFAULT_MINIMUM_CONTRACT_YEARS = 6;
    public static final int DEFAULT_REVISION_LEAD_TIME_MONTHS = 6;
    public static final int DEFAULT_STANDSTILL_DAYS = 20;
    /** The Alcatel period is at least twenty calendar days by law; a region may only choose longer. */
    public static final int LEGAL_MINIMUM_STANDSTILL_DAYS = 20;

    public RegionPolicy {
        within(minimumContractYears, 1, 30, "policy.minimumContractYears");
        within(revisionLeadTimeMonths, 0, 24, "policy.revisionLeadTimeMonths");
        within(standstillDays, LEGAL_MINIMUM_STANDSTILL_DAYS, 365, "policy.standstillDays");
    }

    public static RegionPolicy defaults() {
        return new RegionPolicy(DEFAULT_MINIMUM_CONTRACT_YEARS, DEFAULT_REVISION_LEAD_TIME_MONTHS,
                DEFAULT_STANDSTILL_DAYS);
    }

    /** A policy where every setting left out takes its default. */
    public static RegionPolicy withDefaults(Integer minimumContractYears, Integer revisionLeadTimeMonths,
                                            Integer standstillDays) {
        return new RegionPolicy(
                minimumContractYears == null ? DEFAULT_MINIMUM_CONTRACT_YEARS : minimumContractYears,
                revisionLeadTimeMonths == null ? DEFAULT_REVISION_LEAD_TIME_MONTHS : revisionLeadTimeMonths,
                standstillDays == null ? DEFAULT_STANDSTILL_DAYS : standstillDays);
    }

    private static void within(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw Require.invalid(field, field + " must lie between " + min + " and " + max + ", was " + value);
        }
    }
}
