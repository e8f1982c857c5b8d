package nl.contractledger.domain.tender;

import nl.contractledger.domain.shared.ErrorCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static nl.contractledger.domain.shared.RuleViolationMatcher.violation;
import static nl.contractledger.domain.shared.RuleViolationMatcher.violationSaying;
import static nl.contractledger.domain.tender.TenderFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/** From the award decision through standstill, summary proceedings and rulings to the final award. */
class TenderAwardTest {

    private final AggregateTestFixture<Tender> fixture = TenderFixture.fixture();

    private static SummaryProceedingsRegisteredEvent filed(LocalDate on, boolean late) {
        return new SummaryProceedingsRegisteredEvent(TENDER, "kg-1", HORIZON, on, "Rechtbank Den Haag", late);
    }

    @Test
    void givenSubmissionsClosed_whenTheAwardIsDecidedOn11June2026_thenTheStandstillEndsOn1July() {
        fixture.given(evaluating())
                .when(new DecideAwardCommand(TENDER, DECIDED, winners(), "best price-quality"))
                .expectEvents(new AwardDecidedEvent(TENDER, DECIDED, winners(), "best price-quality", 20, STANDSTILL_ENDS))
                .expectState(tender -> assertThat(tender.state()).isEqualTo(TenderState.STANDSTILL));
    }

    @Test
    void givenSubmissionsClosed_whenAWinnerDidNotBidForItsSegment_thenWinnerWithoutBid() {
        fixture.given(evaluating())
                .when(new DecideAwardCommand(TENDER, DECIDED, List.of(new Winner(S2, YOUZ)), "m"))
                .expectNoEvents()
                .expectException(violation(ErrorCode.WINNER_WITHOUT_BID));
    }

    @Test
    void givenAnOpenTender_whenTheAwardIsDecided_thenStateConflict() {
        fixture.given(open())
                .when(new DecideAwardCommand(TENDER, DECIDED, winners(), "m"))
                .expectNoEvents()
                .expectException(violation(ErrorCode.STATE_CONFLICT));
    }

    @Test
    void givenTheStandstillEndsOn1July_whenAwardedOn1July_thenStandstillNotElapsed() {
        fixture.given(standstill())
                .when(new AwardTenderCommand(TENDER, STANDSTILL_ENDS))
                .expectNoEvents()
                .expectException(violation(ErrorCode.STANDSTILL_NOT_ELAPSED));
    }

    @Test
    void givenTheStandstillEndsOn1July_whenAwardedOn2July_thenTenderAwardedToTheWinners() {
        fixture.given(standstill())
                .when(new AwardTenderCommand(TENDER, STANDSTILL_ENDS.plusDays(1)))
                .expectEvents(new TenderAwardedEvent(TENDER, STANDSTILL_ENDS.plusDays(1), winners()))
                .expectState(tender -> assertThat(tender.state()).isEqualTo(TenderState.AWARDED));
    }

    @Test
    void givenProceedingsFiledWithinTheStandstill_whenAwarded_thenSummaryProceedingsPending() {
        fixture.given(concat(standstill(), filed(LocalDate.of(2026, 6, 30), false)))
                .when(new AwardTenderCommand(TENDER, LocalDate.of(2026, 8, 1)))
                .expectNoEvents()
                .expectException(violation(ErrorCode.SUMMARY_PROCEEDINGS_PENDING));
    }

    @Test
    void givenTheStandstill_whenProceedingsAreFiledOnItsLastDay_thenTheyBlock() {
        fixture.given(standstill())
                .when(new RegisterSummaryProceedingsCommand(TENDER, "kg-1", HORIZON, STANDSTILL_ENDS, "Rechtbank Den Haag"))
                .expectEvents(filed(STANDSTILL_ENDS, false))
                .expectState(tender -> assertThat(tender.state()).isEqualTo(TenderState.CONTESTED));
    }

    @Test
    void givenAProviderThatIsNotRegistered_whenItFilesProceedings_thenProviderNotRegistered() {
        fixture.given(standstill())
                .when(new RegisterSummaryProceedingsCommand(TENDER, "kg-1", UNKNOWN, STANDSTILL_ENDS, "Rechtbank Den Haag"))
                .expectNoEvents()
                .expectException(violation(ErrorCode.PROVIDER_NOT_REGISTERED));
    }

    @Test
    void givenTheStandstillEnded_whenProceedingsAreFiledLater_thenTheyAreLateAndDoNotBlockTheAward() {
        fixture.given(standstill())
                .when(new RegisterSummaryProceedingsCommand(TENDER, "kg-1", HORIZON, STANDSTILL_ENDS.plusDays(1), "Rechtbank Den Haag"))
                .expectEvents(filed(STANDSTILL_ENDS.plusDays(1), true))
                .expectState(tender -> assertThat(tender.state()).isEqualTo(TenderState.STANDSTILL));
    }

    @Test
    void givenBlockingProceedings_whenTheCourtUpholdsTheAward_thenTheAwardCanBeMadeFinal() {
        fixture.given(concat(standstill(), filed(LocalDate.of(2026, 6, 30), false),
                        new CourtRulingRecordedEvent(TENDER, "kg-1", LocalDate.of(2026, 7, 20), CourtRulingOutcome.UPHELD_AWARD)))
                .when(new AwardTenderCommand(TENDER, LocalDate.of(2026, 7, 21)))
                .expectEvents(new TenderAwardedEvent(TENDER, LocalDate.of(2026, 7, 21), winners()));
    }

    @Test
    void givenBlockingProceedingsRuledOn20July_whenTheAwardIsMadeFinalOnADayBefore_thenSummaryProceedingsPendingButOnTheDayOfTheRulingAwarded() {
        LocalDate ruledOn = LocalDate.of(2026, 7, 20);
        fixture.given(concat(standstill(), filed(LocalDate.of(2026, 6, 30), false),
                        new CourtRulingRecordedEvent(TENDER, "kg-1", ruledOn, CourtRulingOutcome.UPHELD_AWARD)))
                .when(new AwardTenderCommand(TENDER, ruledOn.minusDays(1)))
                .expectNoEvents()
                .expectException(violationSaying(ErrorCode.SUMMARY_PROCEEDINGS_PENDING, "until the court ruled on 2026-07-20"));
        TenderFixture.fixture().given(concat(standstill(), filed(LocalDate.of(2026, 6, 30), false),
                        new CourtRulingRecordedEvent(TENDER, "kg-1", ruledOn, CourtRulingOutcome.UPHELD_AWARD)))
                .when(new AwardTenderCommand(TENDER, ruledOn))
                .expectEvents(new TenderAwardedEvent(TENDER, ruledOn, winners()));
    }

    @Test
    void givenLateProceedingsRuledLater_whenTheAwardIsMadeFinalBeforeTheRuling_thenItIsAwarded() {
        fixture.given(concat(standstill(), filed(STANDSTILL_ENDS.plusDays(1), true),
                        new CourtRulingRecordedEvent(TENDER, "kg-1", STANDSTILL_ENDS.plusDays(30), CourtRulingOutcome.UPHELD_AWARD)))
                .when(new AwardTenderCommand(TENDER, STANDSTILL_ENDS.plusDays(2)))
                .expectEvents(new TenderAwardedEvent(TENDER, STANDSTILL_ENDS.plusDays(2), winners()));
    }

    @Test
    void givenBlockingProceedings_whenTheCourtOrdersReevaluation_thenTheTenderReturnsToEvaluation() {
        fixture.given(concat(standstill(), filed(LocalDate.of(2026, 6, 30), false)))
                .when(new RecordCourtRulingCommand(TENDER, "kg-1", LocalDate.of(2026, 7, 20), CourtRulingOutcome.REEVALUATE))
                .expectEvents(new CourtRulingRecordedEvent(TENDER, "kg-1", LocalDate.of(2026, 7, 20),
                        CourtRulingOutcome.REEVALUATE))
                .expectState(tender -> assertThat(tender.state()).isEqualTo(TenderState.EVALUATING));
    }

    @Test
    void givenTheCourtOrderedReevaluationOn20July_whenTheNewAwardDecisionIsDatedBefore_thenDateOrderInvalid() {
        LocalDate ruledOn = LocalDate.of(2026, 7, 20);
        fixture.given(concat(standstill(), filed(LocalDate.of(2026, 6, 30), false),
                        new CourtRulingRecordedEvent(TENDER, "kg-1", ruledOn, CourtRulingOutcome.REEVALUATE)))
                .when(new DecideAwardCommand(TENDER, ruledOn.minusDays(1), winners(), "re-evaluated"))
                .expectNoEvents()
                .expectException(violationSaying(ErrorCode.DATE_ORDER_INVALID, "the court's ruling"));
    }

    @Test
    void givenBlockingProceedings_whenTheCourtOrdersANewTender_thenThisTenderIsCancelled() {
        LocalDate ruledOn = LocalDate.of(2026, 7, 20);
        fixture.given(concat(standstill(), filed(LocalDate.of(2026, 6, 30), false)))
                .when(new RecordCourtRulingCommand(TENDER, "kg-1", ruledOn, CourtRulingOutcome.RETENDER))
                .expectEvents(new CourtRulingRecordedEvent(TENDER, "kg-1", ruledOn, CourtRulingOutcome.RETENDER),
                        new TenderCancelledEvent(TENDER, ruledOn, "the court ruled that the tender must be done again", "kg-1"))
                .expectState(tender -> assertThat(tender.state()).isEqualTo(TenderState.CANCELLED));
    }

    @Test
    void givenARuling_whenTheSameProceedingsAreRuledAgain_thenStateConflict() {
        fixture.given(concat(standstill(), filed(LocalDate.of(2026, 6, 30), false),
                        new CourtRulingRecordedEvent(TENDER, "kg-1", LocalDate.of(2026, 7, 20), CourtRulingOutcome.UPHELD_AWARD)))
                .when(new RecordCourtRulingCommand(TENDER, "kg-1", LocalDate.of(2026, 7, 21), CourtRulingOutcome.REEVALUATE))
                .expectNoEvents()
                .expectException(violation(ErrorCode.STATE_CONFLICT));
    }

    @Test
    void givenUnknownProceedings_whenARulingIsRecorded_thenNotFound() {
        fixture.given(standstill())
                .when(new RecordCourtRulingCommand(TENDER, "kg-9", LocalDate.of(2026, 7, 20), CourtRulingOutcome.UPHELD_AWARD))
                .expectNoEvents()
                .expectException(violation(ErrorCode.NOT_FOUND));
    }

    @Test
    void givenReevaluation_whenTheAwardDecisionIsCorrected_thenANewFullStandstillRuns() {
        LocalDate corrected = LocalDate.of(2026, 8, 3);
        fixture.given(concat(standstill(), filed(LocalDate.of(2026, 6, 30), false),
                        new CourtRulingRecordedEvent(TENDER, "kg-1", LocalDate.of(2026, 7, 20), CourtRulingOutcome.REEVALUATE)))
                .when(new CorrectAwardDecisionCommand(TENDER, corrected, List.of(new Winner(S1, HORIZON)), "re-evaluated"))
                .expectEvents(new AwardDecisionCorrectedEvent(TENDER, corrected, List.of(new Winner(S1, HORIZON)),
                        "re-evaluated", 20, LocalDate.of(2026, 8, 24)))
                .expectState(tender -> assertThat(tender.state()).isEqualTo(TenderState.STANDSTILL));
    }

    @Test
    void givenAnAwardedTender_whenCancelled_thenStateConflict() {
        fixture.given(concat(standstill(), new TenderAwardedEvent(TENDER, STANDSTILL_ENDS.plusDays(1), winners())))
                .when(new CancelTenderCommand(TENDER, LocalDate.of(2026, 8, 1), "too late", null))
                .expectNoEvents()
                .expectException(violation(ErrorCode.STATE_CONFLICT));
    }
}
