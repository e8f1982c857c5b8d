package nl.contractledger.domain.region;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Defines a segment of the region with its first (provisional) forms and its products.
 * {@code effectiveOn} (optional) is the date from which the products belong to it.
 */
public record DefineSegmentCommand(@TargetAggregateIdentifier RegionId regionId, SegmentId segmentId, int number,
                                   String name, String description, List<String> objectives,
                                   ProcurementForm procurementForm, FundingForm fundingForm, List<Product> products,
                                   LocalDate effectiveOn) {
}
