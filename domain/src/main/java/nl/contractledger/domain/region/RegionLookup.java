package nl.contractledger.domain.region;

import java.util.Optional;

/**
 * What other aggregates may ask of a region when they decide: its policy, and the procurement form
 * of one of its open segments. Answered from the Region aggregate itself, not from a read model.
 */
public interface RegionLookup {

    Optional<RegionPolicy> policy(RegionId regionId);

    /** The procurement form of the open segment, or empty when the region has no such open segment. */
    Optional<ProcurementForm> procurementFormOfOpenSegment(RegionId regionId, SegmentId segmentId);

    /** Whether the municipality is a member of the region on the date. */
    boolean isMemberOn(RegionId regionId, String municipality, java.time.LocalDate date);
}
