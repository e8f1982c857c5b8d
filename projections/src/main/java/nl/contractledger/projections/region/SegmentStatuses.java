package nl.contractledger.projections.region;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * A segment's status on a business date: {@code CLOSED} from the day its closure takes effect, {@code OPEN} before,
 * also once the closure is recorded (Zuid-Holland Zuid decided in June 2025 to close segment 5 on 1 January 2026;
 * its contracts ran until then). Like a contract's status, the date decides it, not the recording.
 */
public final class SegmentStatuses {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    /** Open segments first, each part by number: how a region lists its segments. */
    static final Comparator<SegmentView> OPEN_FIRST_BY_NUMBER =
            Comparator.comparing((SegmentView segment) -> !OPEN.equals(segment.status))
                    .thenComparingInt(segment -> segment.number);

    private SegmentStatuses() {
    }

    /** Describes the segment for the business date {@code on}: its status then, and that date. */
    public static SegmentView describe(SegmentView segment, LocalDate on) {
        segment.statusOn = on;
        segment.status = segment.closedOn != null && !segment.closedOn.isAfter(on) ? CLOSED : OPEN;
        return segment;
    }

    /** Describes the region's segments for the business date {@code on}, open ones first, each part by number. */
    public static RegionView describe(RegionView region, LocalDate on) {
        region.segments.forEach(segment -> describe(segment, on));
        region.segments.sort(OPEN_FIRST_BY_NUMBER);
        return region;
    }
}
