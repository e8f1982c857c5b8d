package nl.contractledger.domain.region;

import nl.contractledger.domain.shared.Amount;

import java.time.LocalDate;
import java.util.List;

/** The Zuid-Holland Zuid catalogue of [004], as events to start fixture tests from. */
final class RegionSegmentsFixture {

    static final RegionId ZHZ = RegionId.of("zuid-holland-zuid");
    static final SegmentId S1 = SegmentId.of("zhz-s1");
    static final SegmentId S2 = SegmentId.of("zhz-s2");
    static final SegmentId S5 = SegmentId.of("zhz-s5");
    static final LocalDate START_2022 = LocalDate.of(2022, 1, 1);
    static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 1);
    static final Product CRISIS_AMBULANT = new Product("45A51", "toeslag crisis ambulant", "45");
    static final Product CRISIS_VERBLIJF = new Product("45A52", "toeslag crisis bij verblijf met behandeling", "45");
    static final Product CRISIS_PLEEGZORG = new Product("45A53", "toeslag crisis pleegzorg", "45");
    static final Product CRISIS_WONEN = new Product("45A54", "toeslag crisis bij wonen", "45");

    private RegionSegmentsFixture() {
    }

    static RegionRegisteredEvent registered() {
        return new RegionRegisteredEvent(ZHZ, "Zuid-Holland Zuid", List.of("Dordrecht", "Gorinchem"), null,
                RegionPolicy.defaults());
    }

    static SegmentDefinedEvent segment(SegmentId id, int number, String name, Product... products) {
        return new SegmentDefinedEvent(ZHZ, id, number, name, null, List.of(), ProcurementForm.OPEN_HOUSE,
                FundingForm.EFFORT_BASED, List.of(products), START_2022);
    }

    static Object[] catalogue() {
        return new Object[]{registered(),
                segment(S1, 1, "Jeugdhulp met verblijf"),
                segment(S2, 2, "Pleegzorg en gezinshuizen"),
                segment(S5, 5, "Crisis", CRISIS_AMBULANT, CRISIS_VERBLIJF, CRISIS_PLEEGZORG, CRISIS_WONEN)};
    }

    static ProductsMovedEvent moved(SegmentId to, Product... products) {
        return new ProductsMovedEvent(ZHZ, java.util.Arrays.stream(products).map(Product::code).toList(), S5, to,
                JAN_2026, "segment 5 ends");
    }

    static Amount euros(String amount) {
        return Amount.parse(amount, "amount");
    }
}
