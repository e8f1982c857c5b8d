package nl.contractledger.projections.timeline;

import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.projections.provider.ProviderNames;

/**
 * How the timeline's summaries name providers (by the name they were registered with) and segments (by their
 * number and name: a segment's number means something only within its region, its id nothing to a reader),
 * each by its id where the read model does not know it.
 */
interface SummaryNames extends ProviderNames {

    /** {@code segment 1 "Jeugdhulp met verblijf"}, or {@code segment hgl-s1} for a segment this read model never saw defined. */
    String segment(SegmentId segmentId);

    /** The name of a segment in a summary, as it is kept. */
    static String segment(int number, String name) {
        return "segment " + number + " \"" + name + "\"";
    }

    /** The names this read model keeps in its own table. */
    static SummaryNames kept(TimelineRows rows) {
        return new SummaryNames() {
            @Override
            public String of(ProviderId providerId) {
                return rows.name(TimelineRows.PROVIDER, providerId.value()).orElse(providerId.value());
            }

            @Override
            public String segment(SegmentId segmentId) {
                return rows.name(TimelineRows.SEGMENT, segmentId.value()).orElse("segment " + segmentId.value());
            }
        };
    }
}
