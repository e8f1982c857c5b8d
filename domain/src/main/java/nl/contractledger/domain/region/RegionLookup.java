package nl.contractledger.domain.region;

import nl.contractledger.domain.shared.ErrorCode;
import nl.contractledger.domain.shared.RuleViolation;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What other aggregates may ask of a region when they decide: its policy, its segments' standing and its members.
 * Answered from the Region aggregate itself, not from a read model.
 */
public interface RegionLookup {

    Optional<RegionPolicy> policy(RegionId regionId);

    /** The segment's procurement form and closure, or empty when the region has no such segment. */
    Optional<SegmentStanding> segment(RegionId regionId, SegmentId segmentId);

    /** The municipality's membership of the region that covers the date, or empty when it is no member then. */
    Optional<Membership> membershipOn(RegionId regionId, String municipality, LocalDate date);

    /**
     * The procurement form of a segment a new tender or revision procedure concerns ({@code field}): refused with
     * {@code NOT_FOUND} when the region has no such segment, and with {@code SEGMENT_CLOSED}, naming the day, once a
     * closure of it is recorded.
     */
    default ProcurementForm procurementFormOfOpenSegment(RegionId regionId, SegmentId segmentId, String field) {
        SegmentStanding standing = existingSegment(regionId, segmentId, field);
        if (standing.closedOn() != null) {
            throw new RuleViolation(ErrorCode.SEGMENT_CLOSED, field, "segment " + segmentId + " is closed from "
                    + standing.closedOn(), Map.of("segmentId", segmentId.value(), "closedOn", standing.closedOn().toString()));
        }
        return standing.procurementForm();
    }

    /** The standing of a segment a command names ({@code field}), or {@code NOT_FOUND} when the region has no such segment. */
    default SegmentStanding existingSegment(RegionId regionId, SegmentId segmentId, String field) {
        return segment(regionId, segmentId).orElseThrow(() -> new RuleViolation(ErrorCode.NOT_FOUND, field,
                "region " + regionId.value() + " has no segment " + segmentId, Map.of("segmentId", segmentId.value())));
    }
}
