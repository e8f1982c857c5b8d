package nl.contractledger.domain.tender;

import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.domain.shared.ErrorCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static nl.contractledger.domain.shared.RuleViolationMatcher.violation;
import static nl.contractledger.domain.tender.TenderFixture.*;

/** From plan to the close of submissions. */
class TenderPreparationTest {

    private final AggregateTestFixture<Tender> fixture = TenderFixture.fixture();

    @Test
    void givenNewTenderSegments_whenPlanned_thenTheStandstillAndReadyByDateAreRecordedWithThePlan() {
        fixture.givenNoPriorActivity()
                .when(new PlanTenderCommand(TENDER, HAAGLANDEN, List.of(S1, S2, S1), "Jeugdhulp met verblijf 2027",
                        null, plan(), PLANNED_ON))
                .expectEvents(planned());
    }

    @Test
    void givenASegmentUnderRevision_whenPlannedAsALot_thenWrongProcurementForm() {
        fixture.givenNoPriorActivity()
                .when(new PlanTenderCommand(TENDER, HAAGLANDEN, List.of(S1, S5), "Mixed", null, plan(), PLANNED_ON))
                .expectNoEvents()
                .expectException(violation(ErrorCode.WRONG_PROCUREMENT_FORM));
    }

    @Test
    void givenAnUnknownSegment_whenPlanned_thenNotFound() {
        fixture.givenNoPriorActivity()
                .when(new PlanTenderCommand(TENDER, HAAGLANDEN, List.of(SegmentId.of("hgl-s9")), "T", null, plan(), PLANNED_ON))
                .expectNoEvents()
                .expectException(violation(ErrorCode.NOT_FOUND));
    }

    @Test
    void givenASegmentWhoseClosureIsRecorded_whenPlannedAsALot_thenSegmentClosedNamingTheDay() {
        fixture.givenNoPriorActivity()
                .when(new PlanTenderCommand(TENDER, HAAGLANDEN, List.of(S1, CLOSING), "T", null, plan(), PLANNED_ON))
                .expectNoEvents()
                .expectException(violation(ErrorCode.SEGMENT_CLOSED))
                .expectExceptionMessage("segment hgl-s6 is closed from 2026-01-01");
    }

    @Test
    void givenMilestonesOutOfOrder_whenPlanned_thenDateOrderInvalid() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new PlannedMilestones(null, null, DEADLINE, PUBLISHED, null, null, null))
                .isInstanceOfSatisfying(nl.contractledger.domain.shared.RuleViolation.class, violation ->
                        org.assertj.core.api.Assertions.assertThat(violation.code()).isEqualTo(ErrorCode.DATE_ORDER_INVALID));
    }

    @Test
    void givenAPlan_whenTheMarketIsConsulted_thenMarketConsultationStarted() {
        fixture.given(planned())
                .when(new StartMarketConsultationCommand(TENDER, LocalDate.of(2025, 10, 1)))
                .expectEvents(new MarketConsultationStartedEvent(TENDER, LocalDate.of(2025, 10, 1)));
    }

    @Test
    void givenAConsultation_whenDocumentsAreApprovedBeforeIt_thenDateOrderInvalid() {
        fixture.given(planned(), new MarketConsultationStartedEvent(TENDER, LocalDate.of(2025, 10, 1)))
                .when(new ApproveTenderDocumentsCommand(TENDER, LocalDate.of(2025, 9, 1), "AB", DOCUMENTS))
                .expectNoEvents()
                .expectException(violation(ErrorCode.DATE_ORDER_INVALID));
    }

    @Test
    void givenAPlan_whenPublishedBeforeTheDocumentsAreApproved_thenStateConflictNamingTheChoices() {
        fixture.given(planned())
                .when(new PublishTenderCommand(TENDER, PUBLISHED, DEADLINE, DOCUMENTS))
                .expectNoEvents()
                .expectException(violation(ErrorCode.STATE_CONFLICT))
                .expectExceptionMessage("PublishTender is not possible while the tender is PLANNED; possible now: "
                        + "StartMarketConsultation, ApproveTenderDocuments, CancelTender");
    }

    @Test
    void givenApprovedDocuments_whenPublishedWithADeadlineBeforePublication_thenDateOrderInvalid() {
        fixture.given(planned(), new TenderDocumentsApprovedEvent(TENDER, LocalDate.of(2026, 1, 20), "AB", DOCUMENTS))
                .when(new PublishTenderCommand(TENDER, PUBLISHED, PUBLISHED, DOCUMENTS))
                .expectNoEvents()
                .expectException(violation(ErrorCode.DATE_ORDER_INVALID));
    }

    @Test
    void givenAnOpenTender_whenAClarificationIsIssued_thenClarificationIssued() {
        fixture.given(open())
                .when(new IssueClarificationCommand(TENDER, LocalDate.of(2026, 3, 1), DOCUMENTS))
                .expectEvents(new ClarificationIssuedEvent(TENDER, LocalDate.of(2026, 3, 1), DOCUMENTS));
    }

    @Test
    void givenAnOpenTender_whenAClarificationComesAfterTheDeadline_thenDateOrderInvalid() {
        fixture.given(open())
                .when(new IssueClarificationCommand(TENDER, DEADLINE.plusDays(1), DOCUMENTS))
                .expectNoEvents()
                .expectException(violation(ErrorCode.DATE_ORDER_INVALID));
    }

    @Test
    void givenAnOpenTender_whenARegisteredProviderBidsOnTheDeadline_thenBidRegistered() {
        fixture.given(open())
                .when(new RegisterBidCommand(TENDER, "bid-1", YOUZ, List.of(S1), DEADLINE))
                .expectEvents(new BidRegisteredEvent(TENDER, "bid-1", YOUZ, List.of(S1), DEADLINE));
    }

    @Test
    void givenAnOpenTender_whenABidArrivesAfterTheDeadline_thenBidAfterDeadline() {
        fixture.given(open())
                .when(new RegisterBidCommand(TENDER, "bid-1", YOUZ, List.of(S1), DEADLINE.plusDays(1)))
                .expectNoEvents()
                .expectException(violation(ErrorCode.BID_AFTER_DEADLINE));
    }

    @Test
    void givenAnOpenTender_whenAnUnregisteredProviderBids_thenProviderNotRegistered() {
        fixture.given(open())
                .when(new RegisterBidCommand(TENDER, "bid-1", UNKNOWN, List.of(S1), DEADLINE))
                .expectNoEvents()
                .expectException(violation(ErrorCode.PROVIDER_NOT_REGISTERED));
    }

    @Test
    void givenAnOpenTender_whenABidNamesASegmentThatIsNoLot_thenSegmentNotInTender() {
        fixture.given(open())
                .when(new RegisterBidCommand(TENDER, "bid-1", YOUZ, List.of(S5), DEADLINE))
                .expectNoEvents()
                .expectException(violation(ErrorCode.SEGMENT_NOT_IN_TENDER));
    }

    @Test
    void givenABid_whenItsIdIsUsedAgain_thenAlreadyExists() {
        fixture.given(concat(open(), new BidRegisteredEvent(TENDER, "bid-1", YOUZ, List.of(S1), DEADLINE)))
                .when(new RegisterBidCommand(TENDER, "bid-1", HORIZON, List.of(S1), DEADLINE))
                .expectNoEvents()
                .expectException(violation(ErrorCode.ALREADY_EXISTS));
    }

    @Test
    void givenAnOpenTender_whenSubmissionsCloseBeforeTheDeadline_thenDateOrderInvalid() {
        fixture.given(open())
                .when(new CloseSubmissionsCommand(TENDER, DEADLINE.minusDays(1)))
                .expectNoEvents()
                .expectException(violation(ErrorCode.DATE_ORDER_INVALID));
    }

    @Test
    void givenAnOpenTender_whenSubmissionsCloseOnTheDeadline_thenSubmissionsClosed() {
        fixture.given(open())
                .when(new CloseSubmissionsCommand(TENDER, DEADLINE))
                .expectEvents(new SubmissionsClosedEvent(TENDER, DEADLINE))
                .expectState(tender -> org.assertj.core.api.Assertions.assertThat(tender.state())
                        .isEqualTo(TenderState.EVALUATING));
    }

    @Test
    void givenAnOpenTender_whenCancelledWithoutReason_thenValidationFailed() {
        fixture.given(open())
                .when(new CancelTenderCommand(TENDER, DEADLINE, " ", null))
                .expectNoEvents()
                .expectException(violation(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void givenAnOpenTender_whenCancelled_thenTenderCancelled() {
        fixture.given(open())
                .when(new CancelTenderCommand(TENDER, DEADLINE, "no suitable market", "AB 2026-05"))
                .expectEvents(new TenderCancelledEvent(TENDER, DEADLINE, "no suitable market", "AB 2026-05"));
    }
}
