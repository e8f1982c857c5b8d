package nl.contractledger.domain.region;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record AdmitMunicipalityCommand(@TargetAggregateIdentifier RegionId regionId, String municipality,
                                       LocalDate effectiveOn) {
}
