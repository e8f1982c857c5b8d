package nl.contractledger.domain.region;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record ChooseProcurementFormCommand(@TargetAggregateIdentifier RegionId regionId, SegmentId segmentId,
                                           ProcurementForm procurementForm, LocalDate decidedOn, String decisionRef) {
}
