package nl.contractledger.domain.region;

import nl.contractledger.domain.shared.ErrorCode;
import nl.contractledger.domain.shared.Require;
import nl.contractledger.domain.shared.RuleViolation;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Moving products from one segment to another on a date: each product must be in the source on
 * that date, the target must be open, and from that day on the product is in the target only.
 */
record ProductMove(List<String> productCodes, SegmentId from, SegmentId to, LocalDate effectiveOn, String reason) {

    static ProductMove check(MoveProductsCommand command, SegmentCatalogue catalogue) {
        catalogue.segment(command.fromSegmentId());
        catalogue.openSegment(command.toSegmentId());
        if (command.fromSegmentId().equals(command.toSegmentId())) {
            throw Require.invalid("toSegmentId", "a product moves to another segment, not to its own");
        }
        LocalDate effectiveOn = Require.present(command.effectiveOn(), "effectiveOn");
        String reason = Require.text(command.reason(), "reason", 2000);
        if (command.productCodes() == null || command.productCodes().isEmpty()) {
            throw Require.invalid("productCodes", "name at least one product to move");
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String code : command.productCodes()) {
            if (!codes.add(Require.text(code, "productCodes[]", 50))) {
                throw Require.invalid("productCodes", "product " + code + " is listed twice");
            }
            requireInSource(code, command.fromSegmentId(), effectiveOn, catalogue.placements());
        }
        return new ProductMove(List.copyOf(codes), command.fromSegmentId(), command.toSegmentId(), effectiveOn, reason);
    }

    ProductsMovedEvent toEvent(RegionId regionId) {
        return new ProductsMovedEvent(regionId, productCodes, from, to, effectiveOn, reason);
    }

    private static void requireInSource(String code, SegmentId from, LocalDate on, ProductPlacements placements) {
        Placement open = placements.openPlacement(code)
                .filter(placement -> placement.segmentId().equals(from))
                .orElseThrow(() -> new RuleViolation(ErrorCode.PRODUCT_NOT_IN_SEGMENT, "productCodes",
                        "product " + code + " is not in segment " + from + " on " + on,
                        Map.of("productCode", code, "segmentId", from.value(), "effectiveOn", on.toString())));
        if (open.from() != null && !on.isAfter(open.from())) {
            throw new RuleViolation(ErrorCode.DATE_ORDER_INVALID, "effectiveOn", "product " + code
                    + " joined segment " + from + " on " + open.from() + "; it can only move after that day",
                    Map.of("productCode", code, "joinedOn", open.from().toString(), "effectiveOn", on.toString()));
        }
    }
}
