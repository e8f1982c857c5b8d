package nl.contractledger.domain.revision;

import nl.contractledger.domain.contract.ContractProduct;
import nl.contractledger.domain.contract.Kpi;
import nl.contractledger.domain.contract.ReviewClause;

import java.util.List;

/** What the revised agreement changes in the contracts; a part left out stays as it is. */
public record RevisedTerms(List<ContractProduct> products, List<Kpi> kpis, List<ReviewClause> reviewClauses) {
}
