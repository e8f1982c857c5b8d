package nl.contractledger.projections.contract;

import nl.contractledger.domain.contract.ContractTerms;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A contract's status on a business date, derived, never set by hand: TERMINATED from the termination
 * date, PUBLISHED before the start, EXPIRED after the end, ACTIVE in between.
 */
public final class ContractStatus {

    static final String TERMINATED = "TERMINATED";

    private ContractStatus() {
    }

    public static String on(LocalDate date, LocalDate startsOn, LocalDate endsOn, LocalDate terminatedOn) {
        if (terminatedOn != null && !date.isBefore(terminatedOn)) {
            return TERMINATED;
        }
        if (date.isBefore(startsOn)) {
            return "PUBLISHED";
        }
        return date.isAfter(endsOn) ? "EXPIRED" : "ACTIVE";
    }

    /**
     * The contract's status as it concerns one segment or one provider (either may be null): its part for
     * the segment that ended, or the provider's withdrawal (unless it was admitted again), counts as a
     * termination from that day. The general agreement of Zuid-Holland Zuid is ACTIVE until 2027, but for
     * segment 5, whose part ended on 2026-01-01, it is TERMINATED from that day. A provider that joined after the
     * contract started (admitted by a revision procedure from its effective date) is party from the day it joined:
     * before it, the contract is PUBLISHED as it concerns that provider.
     */
    static String concerning(ContractView contract, LocalDate date, String segmentId, String providerId) {
        LocalDate partEnded = segmentId == null ? null : contract.endedSegmentParts.stream()
                .filter(part -> part.segmentId().equals(segmentId))
                .map(ContractView.SegmentPartEnding::effectiveOn).findFirst().orElse(null);
        ContractView.PartyView party = providerId == null ? null : contract.parties.stream()
                .filter(candidate -> candidate.providerId.equals(providerId))
                .reduce((earlier, later) -> later).orElse(null);
        LocalDate ended = Stream.of(contract.terminatedOn, partEnded, party == null ? null : party.withdrewOn)
                .filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
        LocalDate joined = party == null ? null : Stream.of(party.admittedOn, party.signedOn).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
        LocalDate started = joined != null && joined.isAfter(contract.startsOn) ? joined : contract.startsOn;
        return on(date, started, contract.endsOn, ended);
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
