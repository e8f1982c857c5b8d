package nl.contractledger.domain.region;

import nl.contractledger.domain.shared.ErrorCode;
import nl.contractledger.domain.shared.Require;
import nl.contractledger.domain.shared.RuleViolation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Closing a segment: its products must have moved out first, no earlier than the closure, and it
 * merges into another open segment of the same region (ZHZ: segment 5 Crisis into segment 1).
 */
record SegmentClosure(SegmentId segmentId, SegmentId mergeInto, LocalDate effectiveOn, String decisionRef) {

    static SegmentClosure check(CloseSegmentCommand command, SegmentCatalogue catalogue) {
        SegmentId segmentId = command.segmentId();
        catalogue.openSegment(segmentId);
        LocalDate effectiveOn = Require.present(command.effectiveOn(), "effectiveOn");
        List<String> remaining = catalogue.placements().productsIn(segmentId);
        if (!remaining.isEmpty()) {
            throw new RuleViolation(ErrorCode.SEGMENT_HAS_PRODUCTS, "segmentId", "segment " + segmentId
                    + " still holds " + remaining.size() + " product(s): " + String.join(", ", remaining)
                    + "; move them first", Map.of("productCodes", remaining));
        }
        Optional<LocalDate> lastDeparture = catalogue.placements().lastDepartureFrom(segmentId);
        if (lastDeparture.isPresent() && effectiveOn.isBefore(lastDeparture.get())) {
            throw new RuleViolation(ErrorCode.DATE_ORDER_INVALID, "effectiveOn", "segment " + segmentId
                    + " held products until " + lastDeparture.get() + "; it cannot close on " + effectiveOn,
                    Map.of("effectiveOn", effectiveOn.toString(), "lastProductLeftOn", lastDeparture.get().toString()));
        }
        SegmentId mergeInto = command.mergeIntoSegmentId();
        if (mergeInto != null) {
            boolean valid = !mergeInto.equals(segmentId)
                    && catalogue.find(mergeInto).map(Segment::isOpen).orElse(false);
            if (!valid) {
                throw new RuleViolation(ErrorCode.MERGE_TARGET_INVALID, "mergeIntoSegmentId", "segment " + mergeInto
                        + " is not another open segment of this region", Map.of("mergeIntoSegmentId", mergeInto.value()));
            }
        }
        return new SegmentClosure(segmentId, mergeInto, effectiveOn,
                SegmentCatalogue.optionalText(command.decisionRef(), "decisionRef", 200));
    }

    SegmentClosedEvent toEvent(RegionId regionId) {
        return new SegmentClosedEvent(regionId, segmentId, mergeInto, effectiveOn, decisionRef);
    }
}
