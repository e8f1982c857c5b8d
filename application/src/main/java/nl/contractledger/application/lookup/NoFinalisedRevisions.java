package nl.contractledger.application.lookup;

import nl.contractledger.domain.contract.ContractId;
import nl.contractledger.domain.contract.RevisionLookup;
import org.springframework.stereotype.Component;

/**
 * Revision procedures are not recorded by the product yet, so no revision procedure is finalised and
 * ReviseContract is refused with REVISION_NOT_FINALISED until the revision procedure aggregate answers here.
 */
@Component
class NoFinalisedRevisions implements RevisionLookup {

    @Override
    public boolean isFinalisedNaming(String revisionId, ContractId contractId) {
        return false;
    }
}
