package nl.contractledger.application.web.query;

import nl.contractledger.application.web.problem.BadRequest;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.projections.ProcedureFilter;

import java.util.Arrays;
import java.util.List;

/** The filters of a list of tenders or revision procedures, read from a request and checked. */
public final class ProcedureFilters {

    private ProcedureFilters() {
    }

    /** A filter of ids in their slug form and a state among {@code states}; any may be null. */
    public static ProcedureFilter of(String regionId, String segmentId, String state, Enum<?>[] states) {
        return of(regionId, segmentId, state, Arrays.stream(states).map(Enum::name).toList());
    }

    /** A filter of ids in their slug form and a state among {@code states}; any may be null. */
    public static ProcedureFilter of(String regionId, String segmentId, String state, List<String> states) {
        if (state != null && !states.contains(state)) {
            throw new BadRequest("state", "state must be one of " + states);
        }
        return new ProcedureFilter(regionId == null ? null : RegionId.of(regionId).value(),
                segmentId == null ? null : SegmentId.of(segmentId).value(), state);
    }
}
