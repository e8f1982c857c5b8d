package nl.contractledger.projections.dossier;

import nl.contractledger.projections.revision.RevisionView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The legal reconstruction of one revision procedure: every step in order of its business date, with
 * who recorded it and when, every legal term with whether it was met and by how many days, the
 * contracts it revised with their resulting terms versions, the withdrawals from them of the
 * providers who gave notice and the joining of the providers admitted to the revised agreement; {@code regionName}
 * names its region, and {@code providerNames}, {@code segmentNames} and {@code contractTitles} every provider, segment
 * and contract it mentions, by id.
 * {@code asOf} is set when it shows the file as recorded then.
 */
public record Dossier(RevisionView revision, Instant asOf, List<Step> steps, List<TermCheck> terms,
                      List<RevisedContract> contractsRevised, List<Withdrawal> withdrawalsOnNotice,
                      List<ContractAdmission> admissionsToContracts, String regionName, Map<String, String> providerNames,
                      Map<String, String> segmentNames, Map<String, String> contractTitles) {

    /**
     * One recorded step: the business date it concerns, when and by whom it was recorded, what happened, and the
     * event's position in the store with its seal in the audit trail's hash chain (null until it is sealed).
     */
    public record Step(LocalDate date, Instant recordedAt, String actor, String event, String summary, long position,
                       String seal) {
    }

    /** A legal term: when it fell due, when the act came, and whether it was met; days positive = to spare. */
    public record TermCheck(String term, LocalDate dueOn, LocalDate actualOn, Boolean met, Long days, String note) {
    }

    /** A contract the revision changed, and the terms version that resulted (in force from effectiveOn). */
    public record RevisedContract(String contractId, Integer termsVersion, LocalDate effectiveOn) {
    }

    /**
     * A provider that gave notice in the procedure, party to one of its contracts: the day it withdrew from it and
     * why, as recorded; both null while it has not (yet) withdrawn.
     */
    public record Withdrawal(String contractId, String providerId, LocalDate withdrewOn, String reason) {
    }

    /**
     * A provider admitted to the revised agreement, on one of the procedure's contracts: the day it joined the contract
     * and its quality check, as recorded; both null while it has not (yet) joined.
     */
    public record ContractAdmission(String contractId, String providerId, LocalDate admittedOn, String qualityCheckRef) {
    }
}
