package nl.contractledger.projections.contract;

import nl.contractledger.domain.contract.ContractTerms;

import java.time.LocalDate;

/**
 * A contract's status on a business date, derived, never set by hand: TERMINATED from the termination
 * date, PUBLISHED before the start, EXPIRED after the end, ACTIVE in between.
 */
public final class ContractStatus {

    private ContractStatus() {
    }

    public static String on(LocalDate date, LocalDate startsOn, LocalDate endsOn, LocalDate terminatedOn) {
        if (terminatedOn != null && !date.isBefore(terminatedOn)) {
            return "TERMINATED";
        }
        if (date.isBefore(startsOn)) {
            return "PUBLISHED";
        }
        return date.isAfter(endsOn) ? "EXPIRED" : "ACTIVE";
    }

    /** Fills in the status and the terms version in force on the date. */
    static ContractView describe(ContractView contract, LocalDate date) {
        contract.statusOn = date;
        contract.status = on(date, contract.startsOn, contract.endsOn, contract.terminatedOn);
        contract.termsVersionInForce = contract.termsVersions.stream()
                .filter(terms -> !terms.effectiveOn().isAfter(date))
                .map(ContractTerms::version).reduce((first, second) -> second)
                .orElse(contract.termsVersions.get(0).version());
        return contract;
    }
}
