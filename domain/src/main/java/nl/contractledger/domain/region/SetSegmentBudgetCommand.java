package nl.contractledger.domain.region;

import nl.contractledger.domain.shared.Amount;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SetSegmentBudgetCommand(@TargetAggregateIdentifier RegionId regionId, SegmentId segmentId, int year,
                                      Amount amount, Integer youthCount) {
}
