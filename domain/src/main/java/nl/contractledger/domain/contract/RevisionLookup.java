package nl.contractledger.domain.contract;

/**
 * Whether a revision procedure is finalised and names the contract: only then may the contract be
 * revised under it.
 */
public interface RevisionLookup {

    boolean isFinalisedNaming(String revisionId, ContractId contractId);
}
