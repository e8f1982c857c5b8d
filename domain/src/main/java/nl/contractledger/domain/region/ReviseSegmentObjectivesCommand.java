package nl.contractledger.domain.region;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

public record ReviseSegmentObjectivesCommand(@TargetAggregateIdentifier RegionId regionId, SegmentId segmentId,
                                             List<String> objectives, LocalDate decidedOn, String decisionRef) {
}
