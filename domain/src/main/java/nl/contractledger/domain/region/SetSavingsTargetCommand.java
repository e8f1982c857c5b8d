package nl.contractledger.domain.region;

import nl.contractledger.domain.shared.Amount;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The region's savings target for a year, as a range because the sources give one ("24–25 mln"). */
public record SetSavingsTargetCommand(@TargetAggregateIdentifier RegionId regionId, int year, Amount minAmount,
                                      Amount maxAmount) {
}
