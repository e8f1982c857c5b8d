package nl.contractledger.domain.revision;

import nl.contractledger.domain.contract.ContractId;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.region.SegmentId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

public record OpenRevisionCommand(@TargetAggregateIdentifier RevisionId revisionId, RegionId regionId,
                                  List<SegmentId> segmentIds, List<ContractId> contractIds, String reason,
                                  int sequence, LocalDate effectiveOn, PlannedSchedule plannedSchedule,
                                  LocalDate openedOn) {
}
