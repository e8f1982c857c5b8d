package nl.contractledger.application.web.contract;

import nl.contractledger.domain.contract.ContractId;
import nl.contractledger.domain.contract.ContractProduct;
import nl.contractledger.domain.contract.ExtensionBasis;
import nl.contractledger.domain.contract.Kpi;
import nl.contractledger.domain.contract.KpiTarget;
import nl.contractledger.domain.contract.ReviewClause;
import nl.contractledger.domain.contract.Route;
import nl.contractledger.domain.shared.Amount;
import nl.contractledger.domain.shared.DocumentRef;

import java.math.BigDecimal;
import java.util.List;

/** Turns contract request lines into the domain's values. */
public final class ContractMapping {

    private ContractMapping() {
    }

    static Route route(ContractRequests.RouteLine line) {
        List<ContractId> predecessors = line.predecessorContractIds() == null ? null
                : line.predecessorContractIds().stream().map(ContractId::of).toList();
        return new Route(line.type(), line.tenderId(), line.revisionId(), predecessors, line.reason());
    }

    public static List<ContractProduct> products(List<ContractRequests.ProductLine> lines) {
        return lines == null ? null : lines.stream().map(line -> new ContractProduct(line.code(), line.category(),
                line.unit(), Amount.parse(line.tariff(), "products[].tariff"))).toList();
    }

    public static List<ReviewClause> clauses(List<ContractRequests.ClauseLine> lines) {
        return lines == null ? null : lines.stream().map(line -> new ReviewClause(line.clauseId(), line.text())).toList();
    }

    static Kpi kpi(ContractRequests.KpiLine line) {
        return new Kpi(line.kpiId(), line.description(),
                new KpiTarget(line.target().comparison(), new BigDecimal(line.target().value())), line.consequence());
    }

    public static List<Kpi> kpis(List<ContractRequests.KpiLine> lines) {
        return lines == null ? null : lines.stream().map(ContractMapping::kpi).toList();
    }

    static DocumentRef document(ContractRequests.Document document) {
        return document == null ? null : new DocumentRef(document.title(), document.sha256());
    }

    static ExtensionBasis basis(ContractRequests.Basis basis) {
        return new ExtensionBasis(basis.type(), basis.optionNumber(), basis.clauseId(), basis.article(),
                basis.justification());
    }
}
