package nl.contractledger.domain.revision;

import nl.contractledger.domain.contract.ContractId;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.region.SegmentId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** Opened on {@code openedOn} (null in events recorded before that date was kept), with the region's lead time and the date the revision must be final by (effective date minus lead time). */
@Revision("1")
public record RevisionOpenedEvent(RevisionId revisionId, RegionId regionId, List<SegmentId> segmentIds,
                                  List<ContractId> contractIds, String reason, int sequence, LocalDate effectiveOn,
                                  PlannedSchedule plannedSchedule, int leadTimeMonths, LocalDate readyBy,
                                  LocalDate openedOn) implements RevisionEvent {
}
