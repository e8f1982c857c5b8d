package nl.contractledger.domain.contract;

import nl.contractledger.domain.region.SegmentId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record EndSegmentPartCommand(@TargetAggregateIdentifier ContractId contractId, SegmentId segmentId,
                                    LocalDate effectiveOn, String reason) {
}
