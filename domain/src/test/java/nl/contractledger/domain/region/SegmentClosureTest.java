package nl.contractledger.domain.region;

import nl.contractledger.domain.shared.ErrorCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.contractledger.domain.region.RegionSegmentsFixture.*;
import static nl.contractledger.domain.shared.RuleViolationMatcher.violation;
import static org.assertj.core.api.Assertions.assertThat;

/** Zuid-Holland Zuid 2025 [004]: the crisis products move to segments 1 and 2, then segment 5 closes. */
class SegmentClosureTest {

    private AggregateTestFixture<Region> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Region.class);
    }

    private static MoveProductsCommand move(SegmentId to, Product... products) {
        return new MoveProductsCommand(ZHZ, java.util.Arrays.stream(products).map(Product::code).toList(), S5, to,
                JAN_2026, "segment 5 ends");
    }

    @Test
    void givenCrisisProductsInSegmentFive_whenTwoMoveToSegmentOne_thenProductsMovedAndInSegmentOneFromThatDay() {
        fixture.given(catalogue())
                .when(move(S1, CRISIS_AMBULANT, CRISIS_VERBLIJF))
                .expectEvents(moved(S1, CRISIS_AMBULANT, CRISIS_VERBLIJF))
                .expectState(region -> {
                    assertThat(region.segmentOf("45A51", JAN_2026.minusDays(1))).hasValue(S5);
                    assertThat(region.segmentOf("45A51", JAN_2026)).hasValue(S1);
                    assertThat(region.segmentOf("45A53", JAN_2026)).hasValue(S5);
                });
    }

    @Test
    void givenAProductOfSegmentOne_whenMovedOutOfSegmentFive_thenProductNotInSegment() {
        fixture.given(catalogue())
                .andGiven(moved(S1, CRISIS_AMBULANT))
                .when(move(S2, CRISIS_AMBULANT))
                .expectNoEvents()
                .expectException(violation(ErrorCode.PRODUCT_NOT_IN_SEGMENT));
    }

    @Test
    void givenAMoveOnTheDayTheProductJoined_whenMoved_thenDateOrderInvalid() {
        fixture.given(catalogue())
                .when(new MoveProductsCommand(ZHZ, List.of("45A51"), S5, S1, START_2022, "too early"))
                .expectNoEvents()
                .expectException(violation(ErrorCode.DATE_ORDER_INVALID));
    }

    @Test
    void givenSegmentFive_whenProductsMoveIntoItself_thenValidationFailed() {
        fixture.given(catalogue())
                .when(move(S5, CRISIS_AMBULANT))
                .expectNoEvents()
                .expectException(violation(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void givenAClosedTarget_whenProductsMoveToIt_thenSegmentClosed() {
        SegmentId s9 = SegmentId.of("zhz-s9");
        fixture.given(catalogue())
                .andGiven(segment(s9, 9, "Old"), new SegmentClosedEvent(ZHZ, s9, null, START_2022.plusYears(1), null))
                .when(move(s9, CRISIS_AMBULANT))
                .expectNoEvents()
                .expectException(violation(ErrorCode.SEGMENT_CLOSED));
    }

    @Test
    void givenSegmentFiveWithProducts_whenClosed_thenSegmentHasProducts() {
        fixture.given(catalogue())
                .andGiven(moved(S1, CRISIS_AMBULANT, CRISIS_VERBLIJF))
                .when(new CloseSegmentCommand(ZHZ, S5, S1, JAN_2026, "AB 2025-06-19"))
                .expectNoEvents()
                .expectException(violation(ErrorCode.SEGMENT_HAS_PRODUCTS))
                .expectExceptionMessage("segment zhz-s5 still holds 2 product(s): 45A53, 45A54; move them first");
    }

    @Test
    void givenSegmentFiveEmptied_whenClosedAndMergedIntoSegmentOne_thenSegmentClosed() {
        fixture.given(catalogue())
                .andGiven(moved(S1, CRISIS_AMBULANT, CRISIS_VERBLIJF), moved(S2, CRISIS_PLEEGZORG, CRISIS_WONEN))
                .when(new CloseSegmentCommand(ZHZ, S5, S1, JAN_2026, "AB 2025-06-19"))
                .expectEvents(new SegmentClosedEvent(ZHZ, S5, S1, JAN_2026, "AB 2025-06-19"));
    }

    @Test
    void givenSegmentFiveEmptied_whenClosedBeforeTheProductsLeft_thenDateOrderInvalid() {
        fixture.given(catalogue())
                .andGiven(moved(S1, CRISIS_AMBULANT, CRISIS_VERBLIJF), moved(S2, CRISIS_PLEEGZORG, CRISIS_WONEN))
                .when(new CloseSegmentCommand(ZHZ, S5, S1, JAN_2026.minusDays(1), null))
                .expectNoEvents()
                .expectException(violation(ErrorCode.DATE_ORDER_INVALID));
    }

    @Test
    void givenSegmentFiveEmptied_whenMergedIntoItself_thenMergeTargetInvalid() {
        fixture.given(catalogue())
                .andGiven(moved(S1, CRISIS_AMBULANT, CRISIS_VERBLIJF), moved(S2, CRISIS_PLEEGZORG, CRISIS_WONEN))
                .when(new CloseSegmentCommand(ZHZ, S5, S5, JAN_2026, null))
                .expectNoEvents()
                .expectException(violation(ErrorCode.MERGE_TARGET_INVALID));
    }

    @Test
    void givenSegmentFiveEmptied_whenMergedIntoAnUnknownSegment_thenMergeTargetInvalid() {
        fixture.given(catalogue())
                .andGiven(moved(S1, CRISIS_AMBULANT, CRISIS_VERBLIJF), moved(S2, CRISIS_PLEEGZORG, CRISIS_WONEN))
                .when(new CloseSegmentCommand(ZHZ, S5, SegmentId.of("hgl-s1"), JAN_2026, null))
                .expectNoEvents()
                .expectException(violation(ErrorCode.MERGE_TARGET_INVALID));
    }

    @Test
    void givenSegmentFiveEmptied_whenMergedIntoAClosedSegment_thenMergeTargetInvalid() {
        SegmentId s9 = SegmentId.of("zhz-s9");
        fixture.given(catalogue())
                .andGiven(segment(s9, 9, "Old"), new SegmentClosedEvent(ZHZ, s9, null, START_2022.plusYears(1), null),
                        moved(S1, CRISIS_AMBULANT, CRISIS_VERBLIJF), moved(S2, CRISIS_PLEEGZORG, CRISIS_WONEN))
                .when(new CloseSegmentCommand(ZHZ, S5, s9, JAN_2026, null))
                .expectNoEvents()
                .expectException(violation(ErrorCode.MERGE_TARGET_INVALID));
    }

    @Test
    void givenAClosedSegment_whenClosedAgain_thenSegmentClosed() {
        fixture.given(catalogue())
                .andGiven(moved(S1, CRISIS_AMBULANT, CRISIS_VERBLIJF), moved(S2, CRISIS_PLEEGZORG, CRISIS_WONEN),
                        new SegmentClosedEvent(ZHZ, S5, S1, JAN_2026, null))
                .when(new CloseSegmentCommand(ZHZ, S5, S1, JAN_2026, null))
                .expectNoEvents()
                .expectException(violation(ErrorCode.SEGMENT_CLOSED));
    }
}
