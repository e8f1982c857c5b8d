package nl.contractledger.domain.contract;

import nl.contractledger.domain.region.SegmentId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record SegmentPartEndedEvent(ContractId contractId, SegmentId segmentId, LocalDate effectiveOn, String reason) implements ContractEvent {
}
