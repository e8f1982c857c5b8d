package nl.contractledger.projections.ocds;

import nl.contractledger.domain.region.ProductsMovedEvent;

import java.util.List;

/** A move of products between segments amends every running contract of the process that covers either segment. */
final class ProductMoves {

    private ProductMoves() {
    }

    static Draft of(ProductsMovedEvent event, OcdsProcess process, List<String> affected, Names names) {
        Draft draft = new Draft("contractAmendment");
        String description = "Products " + String.join(", ", event.productCodes()) + " move from "
                + names.segment(event.fromSegmentId().value()) + " to " + names.segment(event.toSegmentId().value())
                + " on " + event.effectiveOn() + ": " + event.reason();
        for (String contractId : affected) {
            OcdsProcess.Contract contract = process.contracts.get(contractId);
            if (contract != null && !contract.terminated) {
                ContractAmendments.amend(draft, process, contract, contractId, event.effectiveOn(),
                        "Products moved between segments", description, null);
            }
        }
        return draft.contractIds().isEmpty() ? null : draft;
    }
}
