package nl.contractledger.projections;

import java.util.List;

/**
 * The filters of a list of tenders or revision procedures, each null when not asked for: the region, a
 * segment among the procedure's, and its state.
 */
public record ProcedureFilter(String regionId, String segmentId, String state) {

    public boolean matches(String procedureRegionId, List<String> procedureSegmentIds, String procedureState) {
        return (regionId == null || regionId.equals(procedureRegionId))
                && (segmentId == null || procedureSegmentIds.contains(segmentId))
                && (state == null || state.equals(procedureState));
    }
}
