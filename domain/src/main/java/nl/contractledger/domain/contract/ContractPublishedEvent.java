package nl.contractledger.domain.contract;

import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.region.SegmentId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

@Revision("1")
public record ContractPublishedEvent(ContractId contractId, RegionId regionId, List<SegmentId> segmentIds,
                                     ContractKind kind, String title, Route route, LocalDate startsOn,
                                     LocalDate endsOn, LocalDate maxEndOn, List<ExtensionOption> extensionOptions,
                                     String fundingForm, ContractTerms terms, ContractId parentContractId,
                                     String municipality, LocalDate publishedOn) implements ContractEvent {
}
