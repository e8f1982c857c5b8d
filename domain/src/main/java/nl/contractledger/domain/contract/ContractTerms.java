package nl.contractledger.domain.contract;

import nl.contractledger.domain.shared.DocumentRef;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One version of a contract's terms: version 1 as published, each revision the next. A version is
 * in force from its {@code effectiveOn}; earlier versions stay readable.
 */
public record ContractTerms(int version, LocalDate effectiveOn, List<ContractProduct> products, List<Kpi> kpis,
                            List<ReviewClause> reviewClauses, DocumentRef document, String legalBasis,
                            String revisionId) {

    public ContractTerms {
        products = products == null ? List.of() : List.copyOf(products);
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
        reviewClauses = reviewClauses == null ? List.of() : List.copyOf(reviewClauses);
    }

    public Optional<ReviewClause> clause(String clauseId) {
        return reviewClauses.stream().filter(clause -> clause.clauseId().equals(clauseId)).findFirst();
    }

    public boolean hasProduct(String code) {
        return products.stream().anyMatch(product -> product.code().equals(code));
    }
}
