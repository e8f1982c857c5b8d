package nl.contractledger.domain.tender;

import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.region.SegmentId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

@Revision("1")
public record BidRegisteredEvent(TenderId tenderId, String bidId, ProviderId providerId, List<SegmentId> segmentIds, LocalDate submittedOn) implements TenderEvent {
}
