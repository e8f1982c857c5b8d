package nl.contractledger.projections.region;

import nl.contractledger.domain.region.FundingForm;
import nl.contractledger.domain.region.MunicipalityJoinedEvent;
import nl.contractledger.domain.region.MunicipalityWithdrewEvent;
import nl.contractledger.domain.region.ProcurementForm;
import nl.contractledger.domain.region.Product;
import nl.contractledger.domain.region.ProductsMovedEvent;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.region.RegionPolicy;
import nl.contractledger.domain.region.RegionRegisteredEvent;
import nl.contractledger.domain.region.SegmentClosedEvent;
import nl.contractledger.domain.region.SegmentDefinedEvent;
import nl.contractledger.domain.region.SegmentId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RegionOnDayTest {

    private static final RegionId ZHZ = RegionId.of("zhz");
    private static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 1);

    /** Zuid-Holland Zuid: segments 1, 2 and 5, and segment 5's closure recorded in June 2025, effective 1 January 2026. */
    private static RegionView zhzWithSegmentFiveClosing() {
        RegionView region = null;
        long sequence = 0;
        for (Object event : List.of(
                new RegionRegisteredEvent(ZHZ, "ZHZ", List.of("Dordrecht"), null, RegionPolicy.defaults()),
                defined(5, "Crisis"), defined(2, "Pleegzorg"), defined(1, "Verblijf"),
                new SegmentClosedEvent(ZHZ, SegmentId.of("zhz-s5"), SegmentId.of("zhz-s1"), JAN_2026, "AB 2025-06-19"))) {
            region = RegionEvolver.INSTANCE.evolve(region, event, sequence++, Instant.parse("2025-06-20T08:00:00Z"));
        }
        return region;
    }

    private static SegmentDefinedEvent defined(int number, String name) {
        return new SegmentDefinedEvent(ZHZ, SegmentId.of("zhz-s" + number), number, name, null, List.of(),
                ProcurementForm.OPEN_HOUSE, FundingForm.EFFORT_BASED, List.of(), null);
    }

    private static List<String> listed(RegionView region) {
        return region.segments.stream().map(segment -> segment.number + " " + segment.status + " on " + segment.statusOn).toList();
    }

    @Test
    void givenAClosureRecordedBeforeItTakesEffect_whenDescribedForTheDayBefore_thenTheSegmentIsStillOpen() {
        RegionView region = RegionOnDay.describe(zhzWithSegmentFiveClosing(), JAN_2026.minusDays(1));

        assertThat(listed(region)).containsExactly("1 OPEN on 2025-12-31", "2 OPEN on 2025-12-31", "5 OPEN on 2025-12-31");
        assertThat(region.segment("zhz-s5").orElseThrow().closedOn).isEqualTo(JAN_2026);
    }

    @Test
    void givenAClosure_whenDescribedForTheDayItTakesEffectOrLater_thenTheSegmentIsClosedAndListedLast() {
        assertThat(listed(RegionOnDay.describe(zhzWithSegmentFiveClosing(), JAN_2026)))
                .containsExactly("1 OPEN on 2026-01-01", "2 OPEN on 2026-01-01", "5 CLOSED on 2026-01-01");
        assertThat(listed(RegionOnDay.describe(zhzWithSegmentFiveClosing(), LocalDate.of(2031, 7, 1))))
                .containsExactly("1 OPEN on 2031-07-01", "2 OPEN on 2031-07-01", "5 CLOSED on 2031-07-01");
    }

    /** Segment 5 holding two crisis supplements, one of which moves to segment 1 on 1 January 2026. */
    private static RegionView zhzWithAProductLeavingSegmentFive() {
        RegionView region = null;
        long sequence = 0;
        for (Object event : List.of(
                new RegionRegisteredEvent(ZHZ, "ZHZ", List.of("Dordrecht"), null, RegionPolicy.defaults()),
                new SegmentDefinedEvent(ZHZ, SegmentId.of("zhz-s5"), 5, "Crisis", null, List.of(), ProcurementForm.OPEN_HOUSE,
                        FundingForm.EFFORT_BASED, List.of(new Product("45A52", "crisis bij verblijf", "45"),
                        new Product("45A51", "crisis ambulant", "45")), LocalDate.of(2022, 1, 1)),
                defined(1, "Verblijf"),
                new ProductsMovedEvent(ZHZ, List.of("45A51"), SegmentId.of("zhz-s5"), SegmentId.of("zhz-s1"), JAN_2026,
                        "segment 5 ends"))) {
            region = RegionEvolver.INSTANCE.evolve(region, event, sequence++, Instant.parse("2025-06-20T08:00:00Z"));
        }
        return region;
    }

    @Test
    void givenAProductMovedOnNewYearsDay_whenDescribedForTheDayBefore_thenTheSourceStillHoldsItAndTheTargetAwaitsIt() {
        SegmentView lastDay = RegionOnDay.describe(zhzWithAProductLeavingSegmentFive(), JAN_2026.minusDays(1))
                .segment("zhz-s5").orElseThrow();

        assertThat(lastDay.products).extracting(product -> product.code + " " + product.leftOn)
                .containsExactly("45A51 2026-01-01", "45A52 null");
        assertThat(lastDay.formerProducts).isEmpty();
        SegmentView target = RegionOnDay.describe(zhzWithAProductLeavingSegmentFive(), JAN_2026.minusDays(1))
                .segment("zhz-s1").orElseThrow();
        assertThat(target.products).isEmpty();
        assertThat(target.arrivingProducts).extracting(product -> product.code + " " + product.joinedOn + " " + product.movedFrom)
                .containsExactly("45A51 2026-01-01 zhz-s5");
    }

    @Test
    void givenAProductMovedOnNewYearsDay_whenDescribedForThatDay_thenItLeftTheSourceAndTheTargetHoldsIt() {
        SegmentView newYear = RegionOnDay.describe(zhzWithAProductLeavingSegmentFive(), JAN_2026).segment("zhz-s5").orElseThrow();

        assertThat(newYear.products).extracting(product -> product.code).containsExactly("45A52");
        assertThat(newYear.formerProducts).extracting(product -> product.code + " " + product.movedTo)
                .containsExactly("45A51 zhz-s1");
        assertThat(newYear.arrivingProducts).isEmpty();
        SegmentView target = RegionOnDay.describe(zhzWithAProductLeavingSegmentFive(), JAN_2026).segment("zhz-s1").orElseThrow();
        assertThat(target.products).extracting(product -> product.code).containsExactly("45A51");
        assertThat(target.arrivingProducts).isEmpty();
    }

    @Test
    void givenVoorschotenLeavingOnNewYearsDay2024_whenHaaglandenIsDescribed_thenItIsAMemberUntilTheDayBefore() {
        RegionView haaglanden = null;
        long sequence = 0;
        RegionId id = RegionId.of("haaglanden");
        for (Object event : List.of(
                new RegionRegisteredEvent(id, "Haaglanden", List.of("Voorschoten", "Delft"), LocalDate.of(2015, 1, 1),
                        RegionPolicy.defaults()),
                new MunicipalityWithdrewEvent(id, "Voorschoten", LocalDate.of(2024, 1, 1), "purchases with Leiden"),
                new MunicipalityJoinedEvent(id, "Voorschoten", LocalDate.of(2026, 1, 1)))) {
            haaglanden = RegionEvolver.INSTANCE.evolve(haaglanden, event, sequence++, Instant.parse("2023-06-01T08:00:00Z"));
        }

        assertThat(RegionOnDay.describe(haaglanden, LocalDate.of(2014, 12, 31)).municipalities).isEmpty();
        assertThat(RegionOnDay.describe(haaglanden, LocalDate.of(2015, 1, 1)).municipalities).containsExactly("Delft", "Voorschoten");
        assertThat(RegionOnDay.describe(haaglanden, LocalDate.of(2023, 12, 31)).municipalities).containsExactly("Delft", "Voorschoten");
        assertThat(RegionOnDay.describe(haaglanden, LocalDate.of(2024, 1, 1)).municipalities).containsExactly("Delft");
        assertThat(RegionOnDay.describe(haaglanden, LocalDate.of(2026, 1, 1)).municipalities).containsExactly("Delft", "Voorschoten");
        assertThat(haaglanden.describedOn).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void givenTheReadModelsDocument_whenNotDescribed_thenItKeepsTheStatusAsRecordedWithoutADay() {
        SegmentView five = zhzWithSegmentFiveClosing().segment("zhz-s5").orElseThrow();

        assertThat(five.status).isEqualTo(RegionOnDay.CLOSED);
        assertThat(five.statusOn).isNull();
        RegionView region = zhzWithSegmentFiveClosing();
        assertThat(region.municipalities).isNull();
        assertThat(region.describedOn).isNull();
    }
}
