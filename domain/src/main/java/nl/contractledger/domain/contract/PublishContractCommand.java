package nl.contractledger.domain.contract;

import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.domain.shared.DocumentRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

public record PublishContractCommand(@TargetAggregateIdentifier ContractId contractId, RegionId regionId,
                                     List<SegmentId> segmentIds, ContractKind kind, String title, Route route,
                                     LocalDate startsOn, LocalDate endsOn, LocalDate maxEndOn,
                                     List<ExtensionOption> extensionOptions, String fundingForm,
                                     List<ContractProduct> products, List<ReviewClause> reviewClauses,
                                     DocumentRef document, ContractId parentContractId, String municipality,
                                     LocalDate publishedOn) {
}
