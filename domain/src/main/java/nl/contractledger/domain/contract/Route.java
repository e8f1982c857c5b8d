package nl.contractledger.domain.contract;

import java.util.List;

/** How the contract came about: from an awarded tender, by open house, by a revision, or as a bridge. */
public record Route(RouteType type, String tenderId, String revisionId, List<ContractId> predecessorContractIds,
                    String reason) {
}
