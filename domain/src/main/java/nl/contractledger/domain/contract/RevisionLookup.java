package nl.contractledger.domain.contract;

/**
 * Whether a revision procedure is finalised and names the contract: only then may the contract be
 * revised under it; and whether it exists at all, for a contract published by revision.
 */
public interface RevisionLookup {

    boolean isFinalisedNaming(String revisionId, ContractId contractId);

    boolean exists(String revisionId);
}
