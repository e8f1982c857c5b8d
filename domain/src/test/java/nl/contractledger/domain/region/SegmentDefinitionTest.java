package nl.contractledger.domain.region;

import nl.contractledger.domain.shared.ErrorCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static nl.contractledger.domain.region.RegionSegmentsFixture.*;
import static nl.contractledger.domain.shared.RuleViolationMatcher.violation;
import static org.assertj.core.api.Assertions.assertThat;

class SegmentDefinitionTest {

    private AggregateTestFixture<Region> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Region.class);
    }

    private static DefineSegmentCommand define(SegmentId id, int number, Product... products) {
        return define(id, number, START_2022, products);
    }

    private static DefineSegmentCommand define(SegmentId id, int number, LocalDate effectiveOn, Product... products) {
        return new DefineSegmentCommand(ZHZ, id, number, "Crisis", "crisis care", List.of("Crisis care within 24 hours"),
                ProcurementForm.OPEN_HOUSE, FundingForm.EFFORT_BASED, List.of(products), effectiveOn);
    }

    @Test
    void givenARegion_whenASegmentIsDefinedWithProducts_thenSegmentDefinedAndTheProductsAreInIt() {
        fixture.given(registered())
                .when(define(S5, 5, CRISIS_AMBULANT))
                .expectEvents(new SegmentDefinedEvent(ZHZ, S5, 5, "Crisis", "crisis care",
                        List.of("Crisis care within 24 hours"), ProcurementForm.OPEN_HOUSE, FundingForm.EFFORT_BASED,
                        List.of(CRISIS_AMBULANT), START_2022))
                .expectState(region -> assertThat(region.segmentOf("45A51", START_2022)).hasValue(S5));
    }

    @Test
    void givenASegment_whenItsIdIsDefinedAgain_thenAlreadyExists() {
        fixture.given(catalogue())
                .when(define(S5, 6))
                .expectNoEvents()
                .expectException(violation(ErrorCode.ALREADY_EXISTS));
    }

    @Test
    void givenOpenSegmentFive_whenAnotherSegmentFiveIsDefined_thenSegmentNumberTaken() {
        fixture.given(catalogue())
                .when(define(SegmentId.of("zhz-s5b"), 5))
                .expectNoEvents()
                .expectException(violation(ErrorCode.SEGMENT_NUMBER_TAKEN));
    }

    @Test
    void givenSegmentFiveClosed_whenANewSegmentFiveTakesEffectTheDayTheClosureDoes_thenTheNumberIsFreeAgain() {
        fixture.given(catalogue())
                .andGiven(moved(S1, CRISIS_AMBULANT, CRISIS_VERBLIJF), moved(S2, CRISIS_PLEEGZORG, CRISIS_WONEN),
                        new SegmentClosedEvent(ZHZ, S5, S1, JAN_2026, "AB 2025-06-19"))
                .when(define(SegmentId.of("zhz-s5-new"), 5, JAN_2026))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void givenSegmentFiveClosingIn2026_whenANewSegmentFiveTakesEffectBefore_thenSegmentNumberTakenUntilTheClosure() {
        fixture.given(catalogue())
                .andGiven(moved(S1, CRISIS_AMBULANT, CRISIS_VERBLIJF), moved(S2, CRISIS_PLEEGZORG, CRISIS_WONEN),
                        new SegmentClosedEvent(ZHZ, S5, S1, JAN_2026, "AB 2025-06-19"))
                .when(define(SegmentId.of("zhz-s5-new"), 5, JAN_2026.minusDays(1)))
                .expectNoEvents()
                .expectException(violation(ErrorCode.SEGMENT_NUMBER_TAKEN))
                .expectExceptionMessage("segment zhz-s5 has number 5 until it closes on 2026-01-01; a new segment 5 can take "
                        + "effect from that day");
    }

    @Test
    void givenSegmentFiveClosed_whenANewSegmentFiveHasNoEffectiveDate_thenSegmentNumberTaken() {
        fixture.given(catalogue())
                .andGiven(moved(S1, CRISIS_AMBULANT, CRISIS_VERBLIJF), moved(S2, CRISIS_PLEEGZORG, CRISIS_WONEN),
                        new SegmentClosedEvent(ZHZ, S5, S1, JAN_2026, "AB 2025-06-19"))
                .when(define(SegmentId.of("zhz-s5-new"), 5, (LocalDate) null))
                .expectNoEvents()
                .expectException(violation(ErrorCode.SEGMENT_NUMBER_TAKEN));
    }

    @Test
    void givenAProductInSegmentFive_whenAnotherSegmentIsDefinedWithIt_thenProductInTwoSegments() {
        fixture.given(catalogue())
                .when(define(SegmentId.of("zhz-s6"), 6, CRISIS_AMBULANT))
                .expectNoEvents()
                .expectException(violation(ErrorCode.PRODUCT_IN_TWO_SEGMENTS));
    }

    @Test
    void givenARegion_whenASegmentListsAProductTwice_thenValidationFailed() {
        fixture.given(registered())
                .when(define(S5, 5, CRISIS_AMBULANT, CRISIS_AMBULANT))
                .expectNoEvents()
                .expectException(violation(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void givenARegion_whenASegmentHasNoProcurementForm_thenValidationFailed() {
        fixture.given(registered())
                .when(new DefineSegmentCommand(ZHZ, S5, 5, "Crisis", null, List.of(), null, FundingForm.EFFORT_BASED,
                        List.of(), null))
                .expectNoEvents()
                .expectException(violation(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void givenASegment_whenItsObjectivesAreRevised_thenSegmentObjectivesRevised() {
        LocalDate decidedOn = LocalDate.of(2025, 11, 1);
        fixture.given(catalogue())
                .when(new ReviseSegmentObjectivesCommand(ZHZ, S1, List.of("Fewer placements far from home"), decidedOn,
                        "AB 2025-11"))
                .expectEvents(new SegmentObjectivesRevisedEvent(ZHZ, S1, List.of("Fewer placements far from home"),
                        decidedOn, "AB 2025-11"));
    }

    @Test
    void givenASegment_whenARevisionIsChosenAsProcurementForm_thenProcurementFormChosen() {
        LocalDate decidedOn = LocalDate.of(2025, 9, 1);
        fixture.given(catalogue())
                .when(new ChooseProcurementFormCommand(ZHZ, S1, ProcurementForm.REVISION, decidedOn, null))
                .expectEvents(new ProcurementFormChosenEvent(ZHZ, S1, ProcurementForm.REVISION, decidedOn, null))
                .expectState(region -> assertThat(region.procurementFormOf(S1)).hasValue(ProcurementForm.REVISION));
    }

    @Test
    void givenASegment_whenAFundingFormIsChosen_thenFundingFormChosen() {
        LocalDate decidedOn = LocalDate.of(2025, 9, 1);
        fixture.given(catalogue())
                .when(new ChooseFundingFormCommand(ZHZ, S2, FundingForm.TASK_BASED, decidedOn, "AB 12"))
                .expectEvents(new FundingFormChosenEvent(ZHZ, S2, FundingForm.TASK_BASED, decidedOn, "AB 12"));
    }

    @Test
    void givenAnUnknownSegment_whenAFormIsChosen_thenNotFound() {
        fixture.given(catalogue())
                .when(new ChooseFundingFormCommand(ZHZ, SegmentId.of("zhz-s9"), FundingForm.TASK_BASED,
                        LocalDate.of(2025, 9, 1), null))
                .expectNoEvents()
                .expectException(violation(ErrorCode.NOT_FOUND));
    }

    @Test
    void givenAClosureTakingEffectIn2026_whenADecisionOf2025IsRecordedAfterIt_thenItStands() {
        LocalDate september2025 = LocalDate.of(2025, 9, 1);
        fixture.given(catalogue())
                .andGiven(moved(S1, CRISIS_AMBULANT, CRISIS_VERBLIJF), moved(S2, CRISIS_PLEEGZORG, CRISIS_WONEN),
                        new SegmentClosedEvent(ZHZ, S5, S1, JAN_2026, "AB 2025-06-19"))
                .when(new ChooseFundingFormCommand(ZHZ, S5, FundingForm.TASK_BASED, september2025, "DB 2025-09-01"))
                .expectEvents(new FundingFormChosenEvent(ZHZ, S5, FundingForm.TASK_BASED, september2025, "DB 2025-09-01"));
    }

    @Test
    void givenAClosureTakingEffectIn2026_whenAFormIsChosenOnThatDay_thenSegmentClosedNamingBothDates() {
        fixture.given(catalogue())
                .andGiven(moved(S1, CRISIS_AMBULANT, CRISIS_VERBLIJF), moved(S2, CRISIS_PLEEGZORG, CRISIS_WONEN),
                        new SegmentClosedEvent(ZHZ, S5, S1, JAN_2026, "AB 2025-06-19"))
                .when(new ChooseProcurementFormCommand(ZHZ, S5, ProcurementForm.NEW_TENDER, JAN_2026, null))
                .expectNoEvents()
                .expectException(violation(ErrorCode.SEGMENT_CLOSED))
                .expectExceptionMessage("segment zhz-s5 is closed from 2026-01-01; a decision of 2026-01-01 comes after");
    }

    @Test
    void givenAClosedSegment_whenItsObjectivesAreRevised_thenSegmentClosed() {
        fixture.given(catalogue())
                .andGiven(moved(S1, CRISIS_AMBULANT, CRISIS_VERBLIJF), moved(S2, CRISIS_PLEEGZORG, CRISIS_WONEN),
                        new SegmentClosedEvent(ZHZ, S5, S1, JAN_2026, null))
                .when(new ReviseSegmentObjectivesCommand(ZHZ, S5, List.of("x"), JAN_2026, null))
                .expectNoEvents()
                .expectException(violation(ErrorCode.SEGMENT_CLOSED));
    }
}
