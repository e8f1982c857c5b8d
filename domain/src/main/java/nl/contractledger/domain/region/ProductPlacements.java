package nl.contractledger.domain.region;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where every product of the region was placed, and when: a product is in one segment on any date. */
final class ProductPlacements {

    private final Map<String, List<Placement>> byProduct = new HashMap<>();

    Optional<Placement> openPlacement(String productCode) {
        return history(productCode).stream().filter(Placement::isOpen).findFirst();
    }

    /** The latest date until which the product was placed elsewhere, if it ever was. */
    Optional<LocalDate> lastDeparture(String productCode) {
        return history(productCode).stream().map(Placement::until).filter(until -> until != null)
                .max(LocalDate::compareTo);
    }

    List<String> productsIn(SegmentId segmentId) {
        List<String> codes = new ArrayList<>();
        byProduct.forEach((code, placements) -> placements.stream()
                .filter(placement -> placement.isOpen() && placement.segmentId().equals(segmentId))
                .findFirst().ifPresent(placement -> codes.add(code)));
        codes.sort(String::compareTo);
        return codes;
    }

    Optional<LocalDate> lastDepartureFrom(SegmentId segmentId) {
        return byProduct.values().stream().flatMap(List::stream)
                .filter(placement -> placement.segmentId().equals(segmentId) && !placement.isOpen())
                .map(Placement::until).max(LocalDate::compareTo);
    }

    Optional<SegmentId> segmentOn(String productCode, LocalDate date) {
        return history(productCode).stream().filter(placement -> placement.coversDate(date))
                .map(Placement::segmentId).findFirst();
    }

    void place(String productCode, SegmentId segmentId, LocalDate from) {
        byProduct.computeIfAbsent(productCode, code -> new ArrayList<>()).add(new Placement(segmentId, from, null));
    }

    void move(String productCode, SegmentId to, LocalDate on) {
        List<Placement> placements = byProduct.get(productCode);
        Placement open = openPlacement(productCode).orElseThrow();
        placements.set(placements.indexOf(open), open.endingOn(on));
        placements.add(new Placement(to, on, null));
    }

    private List<Placement> history(String productCode) {
        return byProduct.getOrDefault(productCode, List.of());
    }
}
