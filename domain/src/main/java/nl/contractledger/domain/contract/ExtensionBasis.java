package nl.contractledger.domain.contract;



/** The legal basis of an extension: an option, a review clause, or another article with a justification. */
public record ExtensionBasis(ExtensionBasisType type, Integer optionNumber, String clauseId, String article,
                             String justification) {
}
