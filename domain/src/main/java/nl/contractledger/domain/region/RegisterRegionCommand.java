package nl.contractledger.domain.region;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Registers a region with its founding municipalities. {@code establishedOn} is the date from which
 * they are members; when unknown it is {@code null} and they count as members since before the record.
 */
public record RegisterRegionCommand(@TargetAggregateIdentifier RegionId regionId, String name,
                                    List<String> municipalities, LocalDate establishedOn, RegionPolicy policy) {
}
