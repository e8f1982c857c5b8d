package nl.contractledger.domain.contract;

import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.region.RegionId;

import java.time.LocalDate;
import java.util.Optional;

/** What other aggregates may ask of a contract: its outline (region, kind, term) and who is party to it. */
public interface ContractLookup {

    /**
     * The region and kind of a contract and its term: from {@code startsOn} to {@code endsOn} as extended, cut short
     * by a termination that takes effect on {@code terminatedOn} (when there is one).
     */
    record Outline(RegionId regionId, ContractKind kind, LocalDate startsOn, LocalDate endsOn, LocalDate terminatedOn) {

        /** The last day the contract runs: its end, or the day before its termination takes effect if that is earlier. */
        public LocalDate lastDay() {
            return terminatedOn == null || terminatedOn.isAfter(endsOn) ? endsOn : terminatedOn.minusDays(1);
        }

        /** Whether the contract runs on the date: started, and neither ended nor terminated. */
        public boolean isActiveOn(LocalDate date) {
            return !date.isBefore(startsOn) && !date.isAfter(lastDay());
        }
    }

    Optional<Outline> outline(ContractId contractId);

    /** Whether the provider is party to the contract (admitted or signed, not withdrawn). */
    boolean isParty(ContractId contractId, ProviderId providerId);
}
