package nl.contractledger.projections.timeline;

import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.projections.dossier.StepNames;
import nl.contractledger.projections.region.SegmentView;

/**
 * How the timeline's summaries name providers (by the name they were registered with) and segments (by their
 * number and name: a segment's number means something only within its region, its id nothing to a reader),
 * each by its id where the read model does not know it.
 */
interface SummaryNames extends StepNames {

    /** {@link SegmentView#named}, or {@code segment hgl-s1} for a segment this read model never saw defined. */
    String segment(SegmentId segmentId);

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
