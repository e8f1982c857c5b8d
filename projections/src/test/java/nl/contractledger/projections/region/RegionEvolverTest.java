package nl.contractledger.projections.region;

import nl.contractledger.domain.region.FundingForm;
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

class RegionEvolverTest {

    private static final RegionId ZHZ = RegionId.of("zhz");
    private static final SegmentId S1 = SegmentId.of("zhz-s1");
    private static final SegmentId S5 = SegmentId.of("zhz-s5");
    private static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 1);
    private static final Instant RECORDED = Instant.parse("2025-06-20T08:00:00Z");

    private RegionView view;
    private long sequence;

    private void apply(Object event) {
        view = RegionEvolver.INSTANCE.evolve(view, event, sequence++, RECORDED.plusSeconds(sequence));
    }

    @Test
    void givenNoRegistration_whenAnotherEventArrives_thenThereIsNoView() {
        apply(new MunicipalityWithdrewEvent(ZHZ, "Dordrecht", JAN_2026, "left"));

        assertThat(view).isNull();
    }

    @Test
    void givenCrisisProductsMovedOut_whenSegmentFiveCloses_thenItRecordsTheMergeAndSegmentOneItsOrigin() {
        apply(new RegionRegisteredEvent(ZHZ, "ZHZ", List.of("Gorinchem", "Dordrecht"), null, RegionPolicy.defaults()));
        apply(new SegmentDefinedEvent(ZHZ, S5, 5, "Crisis", null, List.of(), ProcurementForm.OPEN_HOUSE,
                FundingForm.EFFORT_BASED, List.of(new Product("45A51", "toeslag crisis ambulant", "45")), null));
        apply(new SegmentDefinedEvent(ZHZ, S1, 1, "Verblijf", null, List.of(), ProcurementForm.OPEN_HOUSE,
                FundingForm.EFFORT_BASED, List.of(), null));
        apply(new ProductsMovedEvent(ZHZ, List.of("45A51"), S5, S1, JAN_2026, "segment 5 ends"));
        apply(new SegmentClosedEvent(ZHZ, S5, S1, JAN_2026, "AB 2025-06-19"));

        assertThat(view.members).extracting(member -> member.name).containsExactly("Dordrecht", "Gorinchem");
        assertThat(view.segments).extracting(segment -> segment.number).containsExactly(1, 5);
        SegmentView five = view.segment("zhz-s5").orElseThrow();
        assertThat(five.status).isEqualTo("CLOSED");
        assertThat(five.mergedInto).isEqualTo("zhz-s1");
        assertThat(five.formerProducts).singleElement().satisfies(product -> {
            assertThat(product.leftOn).isEqualTo(JAN_2026);
            assertThat(product.movedTo).isEqualTo("zhz-s1");
        });
        SegmentView one = view.segment("zhz-s1").orElseThrow();
        assertThat(one.mergedFrom).containsExactly("zhz-s5");
        assertThat(one.products).singleElement().satisfies(product -> {
            assertThat(product.name).isEqualTo("toeslag crisis ambulant");
            assertThat(product.joinedOn).isEqualTo(JAN_2026);
            assertThat(product.movedFrom).isEqualTo("zhz-s5");
        });
        assertThat(view.version).isEqualTo(4);
        assertThat(view.lastRecordedAt).isEqualTo(RECORDED.plusSeconds(5));
    }
}
