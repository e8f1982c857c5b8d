package nl.contractledger.domain.region;

import nl.contractledger.domain.shared.ErrorCode;
import nl.contractledger.domain.shared.Require;
import nl.contractledger.domain.shared.RuleViolation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The region's segments and the placement of its products (DOMAIN.md §3.1). Each {@code decide}
 * method checks a command against the rules and returns the event to apply; each {@code on}
 * method records an applied event.
 */
final class SegmentCatalogue {

    private final Map<SegmentId, Segment> segments = new LinkedHashMap<>();
    private final ProductPlacements placements = new ProductPlacements();

    SegmentDefinedEvent decide(RegionId regionId, DefineSegmentCommand command) {
        SegmentId segmentId = Require.present(command.segmentId(), "id");
        if (segments.containsKey(segmentId)) {
            throw new RuleViolation(ErrorCode.ALREADY_EXISTS, "id", "segment " + segmentId + " already exists",
                    Map.of("segmentId", segmentId.value()));
        }
        requireFreeNumber(command.number(), command.effectiveOn());
        List<Product> products = command.products() == null ? List.of() : List.copyOf(command.products());
        Set<String> codes = new HashSet<>();
        for (Product product : products) {
            if (!codes.add(product.code())) {
                throw Require.invalid("products", "product " + product.code() + " is listed twice");
            }
            requireUnplaced(product.code(), command.effectiveOn());
        }
        return new SegmentDefinedEvent(regionId, segmentId, command.number(),
                Require.text(command.name(), "name", 200), optionalText(command.description(), "description", 4000),
                Objectives.of(command.objectives()), Require.present(command.procurementForm(), "procurementForm"),
                Require.present(command.fundingForm(), "fundingForm"), products, command.effectiveOn());
    }

    SegmentObjectivesRevisedEvent decide(RegionId regionId, ReviseSegmentObjectivesCommand command) {
        LocalDate decidedOn = Require.present(command.decidedOn(), "decidedOn");
        openOn(command.segmentId(), decidedOn);
        return new SegmentObjectivesRevisedEvent(regionId, command.segmentId(), Objectives.of(command.objectives()),
                decidedOn, optionalText(command.decisionRef(), "decisionRef", 200));
    }

    ProcurementFormChosenEvent decide(RegionId regionId, ChooseProcurementFormCommand command) {
        LocalDate decidedOn = Require.present(command.decidedOn(), "decidedOn");
        openOn(command.segmentId(), decidedOn);
        return new ProcurementFormChosenEvent(regionId, command.segmentId(),
                Require.present(command.procurementForm(), "procurementForm"), decidedOn,
                optionalText(command.decisionRef(), "decisionRef", 200));
    }

    FundingFormChosenEvent decide(RegionId regionId, ChooseFundingFormCommand command) {
        LocalDate decidedOn = Require.present(command.decidedOn(), "decidedOn");
        openOn(command.segmentId(), decidedOn);
        return new FundingFormChosenEvent(regionId, command.segmentId(),
                Require.present(command.fundingForm(), "fundingForm"), decidedOn,
                optionalText(command.decisionRef(), "decisionRef", 200));
    }

    ProductsMovedEvent decide(RegionId regionId, MoveProductsCommand command) {
        return ProductMove.check(command, this).toEvent(regionId);
    }

    SegmentClosedEvent decide(RegionId regionId, CloseSegmentCommand command) {
        return SegmentClosure.check(command, this).toEvent(regionId);
    }

    SegmentBudgetSetEvent decide(RegionId regionId, SetSegmentBudgetCommand command) {
        segment(command.segmentId());
        Years.require(command.year(), "year");
        if (command.youthCount() != null && command.youthCount() < 0) {
            throw Require.invalid("youthCount", "youthCount must not be negative");
        }
        return new SegmentBudgetSetEvent(regionId, command.segmentId(), command.year(),
                Require.present(command.amount(), "amount"), command.youthCount());
    }

    void on(SegmentDefinedEvent event) {
        segments.put(event.segmentId(), new Segment(event.segmentId(), event.number(), event.procurementForm(),
                event.fundingForm(), null));
        event.products().forEach(product -> placements.place(product.code(), event.segmentId(), event.effectiveOn()));
    }

    void on(ProcurementFormChosenEvent event) {
        segments.computeIfPresent(event.segmentId(), (id, segment) -> segment.with(event.procurementForm()));
    }

    void on(FundingFormChosenEvent event) {
        segments.computeIfPresent(event.segmentId(), (id, segment) -> segment.with(event.fundingForm()));
    }

    void on(ProductsMovedEvent event) {
        event.productCodes().forEach(code -> placements.move(code, event.toSegmentId(), event.effectiveOn()));
    }

    void on(SegmentClosedEvent event) {
        segments.computeIfPresent(event.segmentId(), (id, segment) -> segment.closedOn(event.effectiveOn()));
    }

    Segment segment(SegmentId segmentId) {
        Require.present(segmentId, "segmentId");
        Segment segment = segments.get(segmentId);
        if (segment == null) {
            throw new RuleViolation(ErrorCode.NOT_FOUND, "segmentId", "segment " + segmentId
                    + " does not exist in this region", Map.of("segmentId", segmentId.value()));
        }
        return segment;
    }

    /**
     * The segment, open on {@code date}: a decision of a day before its closure takes effect stands, also when it is
     * recorded after the closure (a past decision entered late); one of that day or later is refused.
     */
    private void openOn(SegmentId segmentId, LocalDate date) {
        Segment segment = segment(segmentId);
        if (!segment.isOpen() && !date.isBefore(segment.closedOn())) {
            throw new RuleViolation(ErrorCode.SEGMENT_CLOSED, "segmentId", "segment " + segmentId + " is closed from "
                    + segment.closedOn() + "; a decision of " + date + " comes after",
                    Map.of("segmentId", segmentId.value(), "closedOn", segment.closedOn().toString(),
                            "decidedOn", date.toString()));
        }
    }

    /** The segment, unless a closure of it is recorded, whatever day it takes effect. */
    Segment openSegment(SegmentId segmentId) {
        Segment segment = segment(segmentId);
        if (!segment.isOpen()) {
            throw new RuleViolation(ErrorCode.SEGMENT_CLOSED, "segmentId", "segment " + segmentId + " is closed from "
                    + segment.closedOn(), Map.of("segmentId", segmentId.value(), "closedOn", segment.closedOn().toString()));
        }
        return segment;
    }

    Optional<Segment> find(SegmentId segmentId) {
        return Optional.ofNullable(segments.get(segmentId));
    }

    ProductPlacements placements() {
        return placements;
    }

    /**
     * The number is no other segment's on a day the new one is open: a closed segment keeps its number until its
     * closure takes effect, so a new segment with that number takes effect from that day at the earliest (without
     * {@code effectiveOn} it counts as open since before the record).
     */
    private void requireFreeNumber(int number, LocalDate effectiveOn) {
        if (number < 1 || number > 999) {
            throw Require.invalid("number", "number must lie between 1 and 999");
        }
        segments.values().stream().filter(segment -> segment.number() == number).forEach(taken -> {
            if (taken.isOpen()) {
                throw new RuleViolation(ErrorCode.SEGMENT_NUMBER_TAKEN, "number", "open segment "
                        + taken.id() + " already has number " + number,
                        Map.of("number", number, "segmentId", taken.id().value()));
            }
            if (effectiveOn == null || effectiveOn.isBefore(taken.closedOn())) {
                throw new RuleViolation(ErrorCode.SEGMENT_NUMBER_TAKEN, "number", "segment " + taken.id()
                        + " has number " + number + " until it closes on " + taken.closedOn()
                        + "; a new segment " + number + " can take effect from that day",
                        Map.of("number", number, "segmentId", taken.id().value(), "closedOn", taken.closedOn().toString()));
            }
        });
    }

    private void requireUnplaced(String code, LocalDate from) {
        Optional<Placement> open = placements.openPlacement(code);
        Optional<LocalDate> departed = placements.lastDeparture(code);
        boolean overlapsEarlier = departed.isPresent() && (from == null || from.isBefore(departed.get()));
        if (open.isPresent() || overlapsEarlier) {
            throw new RuleViolation(ErrorCode.PRODUCT_IN_TWO_SEGMENTS, "products", "product " + code
                    + " is already in another segment" + (from == null ? "" : " on " + from),
                    Map.of("productCode", code));
        }
    }

    static String optionalText(String value, String field, int maxLength) {
        return value == null || value.isBlank() ? null : Require.text(value, field, maxLength);
    }
}
