package nl.contractledger.domain.contract;

import nl.contractledger.domain.region.RegionId;

import java.util.Optional;

/**
 * Whether a revision procedure is finalised and names the contract: only then may the contract be
 * revised under it; and the region of a revision procedure, for a contract published by revision.
 */
public interface RevisionLookup {

    boolean isFinalisedNaming(String revisionId, ContractId contractId);

    /** The region that opened the revision procedure, or empty when no procedure of that id is recorded. */
    Optional<RegionId> regionOf(String revisionId);
}
