package nl.contractledger.projections.ocds;

import nl.contractledger.domain.contract.*;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contract amendments: a revision, an extension, the end of a segment part, a provider's
 * withdrawal and a product move, each with its rationale and, where there is one, the legal basis.
 */
final class ContractAmendments {

    static final String LEGAL_BASIS = "legalBasis";

    Draft of(ContractEvent event, OcdsProcess process, OcdsProcess.Contract contract) {
        String id = event.contractId().value();
        Draft draft = new Draft("contractAmendment");
        ObjectNode node = ContractReleases.contractOf(draft, id);
        if (event instanceof ContractRevisedEvent revised) {
            ContractTerms terms = revised.terms();
            terms.products().forEach(product -> draft.add(node, "items", ContractPublication.item(product)));
            if (terms.document() != null) {
                draft.add(node, "documents", Json.document(terms.document(), "contractAnnexe", terms.effectiveOn()));
            }
            amend(draft, process, contract, id, terms.effectiveOn(),
                    "Revised by revision procedure " + revised.revisionId() + " (terms version " + terms.version() + ")",
                    terms.document() == null ? null : terms.document().title(), terms.legalBasis());
        } else if (event instanceof ContractExtendedEvent extended) {
            node.set("period", Json.period(null, extended.newEndsOn()));
            amend(draft, process, contract, id, extended.decidedOn(), rationale(extended.basis()),
                    "Extended from " + extended.previousEndsOn() + " to " + extended.newEndsOn()
                            + (extended.costPriceStudyRef() == null ? "" : "; cost-price study: " + extended.costPriceStudyRef()),
                    legalBasis(extended.basis()));
        } else if (event instanceof SegmentPartEndedEvent ended) {
            amend(draft, process, contract, id, ended.effectiveOn(), "The part for segment " + ended.segmentId().value()
                    + " ends", "Ends on " + ended.effectiveOn() + ": " + ended.reason(), null);
        } else if (event instanceof ProviderWithdrewEvent withdrew) {
            amend(draft, process, contract, id, withdrew.effectiveOn(), "Provider " + withdrew.providerId().value()
                    + " withdraws", "From " + withdrew.effectiveOn() + ": " + withdrew.reason(), null);
        } else {
            throw new IllegalArgumentException("not a contract event the export knows: " + event.getClass().getName());
        }
        return draft;
    }

    /** Adds an amendment of the contract to the draft, amending the release that last changed the contract. */
    static void amend(Draft draft, OcdsProcess process, OcdsProcess.Contract contract, String contractId,
                      java.time.LocalDate date, String rationale, String description, String legalBasis) {
        contract.amendments++;
        ObjectNode amendment = Json.object().put("id", contractId + "-amendment-" + contract.amendments)
                .put("rationale", rationale)
                .put("amendsReleaseID", contract.lastReleaseId).put("releaseID", process.nextReleaseId());
        if (date != null) {
            amendment.put("date", Json.dateTime(date));
        }
        if (description != null) {
            amendment.put("description", description);
        }
        if (legalBasis != null) {
            amendment.set("rationaleClassification", Json.object().put("scheme", LEGAL_BASIS).put("id", legalBasis)
                    .put("description", legalBasis));
        }
        draft.add(ContractReleases.contractOf(draft, contractId), "amendments", amendment);
    }

    private static String rationale(ExtensionBasis basis) {
        return switch (basis.type()) {
            case OPTION -> "Extension option " + basis.optionNumber() + " used";
            case REVIEW_CLAUSE -> "Extended under review clause " + basis.clauseId();
            case OTHER -> "Extended: " + basis.justification();
        };
    }

    private static String legalBasis(ExtensionBasis basis) {
        return switch (basis.type()) {
            case OPTION -> "extension option " + basis.optionNumber() + " of the contract";
            case REVIEW_CLAUSE -> "review clause " + basis.clauseId() + " of the contract";
            case OTHER -> basis.article();
        };
    }
}
