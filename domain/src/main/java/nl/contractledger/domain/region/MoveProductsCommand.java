package nl.contractledger.domain.region;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

public record MoveProductsCommand(@TargetAggregateIdentifier RegionId regionId, List<String> productCodes,
                                  SegmentId fromSegmentId, SegmentId toSegmentId, LocalDate effectiveOn,
                                  String reason) {
}
