package nl.contractledger.domain.tender;

import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.region.SegmentId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

public record RegisterBidCommand(@TargetAggregateIdentifier TenderId tenderId, String bidId, ProviderId providerId, List<SegmentId> segmentIds, LocalDate submittedOn) {
}
