package nl.contractledger.domain.contract;

import nl.contractledger.domain.shared.DocumentRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

public record ReviseContractCommand(@TargetAggregateIdentifier ContractId contractId, String revisionId,
                                    LocalDate effectiveOn, String legalBasis, List<ContractProduct> products,
                                    List<Kpi> kpis, List<ReviewClause> reviewClauses, DocumentRef document) {
}
