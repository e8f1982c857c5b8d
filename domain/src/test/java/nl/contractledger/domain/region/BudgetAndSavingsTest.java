package nl.contractledger.domain.region;

import nl.contractledger.domain.shared.ErrorCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static nl.contractledger.domain.region.RegionSegmentsFixture.*;
import static nl.contractledger.domain.shared.RuleViolationMatcher.violation;

class BudgetAndSavingsTest {

    private AggregateTestFixture<Region> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Region.class);
    }

    @Test
    void givenASegment_whenItsBudgetFor2024IsSet_thenSegmentBudgetSet() {
        fixture.given(catalogue())
                .when(new SetSegmentBudgetCommand(ZHZ, S1, 2024, euros("4805809.00"), 312))
                .expectEvents(new SegmentBudgetSetEvent(ZHZ, S1, 2024, euros("4805809"), 312));
    }

    @Test
    void givenASegment_whenABudgetHasANegativeYouthCount_thenValidationFailed() {
        fixture.given(catalogue())
                .when(new SetSegmentBudgetCommand(ZHZ, S1, 2024, euros("10.00"), -1))
                .expectNoEvents()
                .expectException(violation(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void givenASegment_whenABudgetIsSetForTheYear3000_thenValidationFailed() {
        fixture.given(catalogue())
                .when(new SetSegmentBudgetCommand(ZHZ, S1, 3000, euros("10.00"), null))
                .expectNoEvents()
                .expectException(violation(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void givenAnUnknownSegment_whenABudgetIsSet_thenNotFound() {
        fixture.given(catalogue())
                .when(new SetSegmentBudgetCommand(ZHZ, SegmentId.of("zhz-s8"), 2024, euros("10.00"), null))
                .expectNoEvents()
                .expectException(violation(ErrorCode.NOT_FOUND));
    }

    @Test
    void givenARegion_whenASavingsTargetOf24To25MillionIsSet_thenSavingsTargetSet() {
        fixture.given(registered())
                .when(new SetSavingsTargetCommand(ZHZ, 2027, euros("24000000"), euros("25000000.00")))
                .expectEvents(new SavingsTargetSetEvent(ZHZ, 2027, euros("24000000.00"), euros("25000000")));
    }

    @Test
    void givenARegion_whenTheSavingsRangeIsUpsideDown_thenValidationFailed() {
        fixture.given(registered())
                .when(new SetSavingsTargetCommand(ZHZ, 2027, euros("25000000"), euros("24000000")))
                .expectNoEvents()
                .expectException(violation(ErrorCode.VALIDATION_FAILED));
    }
}
