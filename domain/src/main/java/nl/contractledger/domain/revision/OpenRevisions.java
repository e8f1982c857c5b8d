package nl.contractledger.domain.revision;

import nl.contractledger.domain.contract.ContractId;

import java.util.List;
import java.util.Optional;

/**
 * Which revision procedure holds a contract while it is open: a contract is in at most one open
 * revision. Claims and releases happen in the transaction of the command that opens, finalises or
 * withdraws the revision.
 */
public interface OpenRevisions {

    /** The open revision that already holds the contract, if any. */
    Optional<RevisionId> holderOf(ContractId contractId);

    void claim(RevisionId revisionId, List<ContractId> contractIds);

    void release(RevisionId revisionId);
}
