package nl.contractledger.domain.revision;

import nl.contractledger.domain.contract.ContractId;
import nl.contractledger.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static nl.contractledger.domain.revision.RevisionFixture.*;
import static nl.contractledger.domain.shared.RuleViolationMatcher.violation;
import static nl.contractledger.domain.shared.RuleViolationMatcher.violationSaying;
import static org.assertj.core.api.Assertions.assertThat;

class RevisionProcedureTest {

    private final Register register = new Register();

    @Test
    void givenSegmentFiveUnderRevision_whenOpenedForAnActiveContract_thenOpenedWithTheReadyByDateAndTheContractClaimed() {
        fixture(register).givenNoPriorActivity()
                .when(open(REVISION, 1))
                .expectEvents(opened());
        assertThat(register.holderOf(CONTRACT)).hasValue(REVISION);
    }

    @Test
    void givenASegmentForANewTender_whenARevisionIsOpenedForIt_thenWrongProcurementForm() {
        OpenRevisionCommand command = open(REVISION, 1);
        fixture(register).givenNoPriorActivity()
                .when(new OpenRevisionCommand(REVISION, HAAGLANDEN, List.of(S1), command.contractIds(), "x", 1, EFFECTIVE, null, OPENED_ON))
                .expectNoEvents()
                .expectException(violation(ErrorCode.WRONG_PROCUREMENT_FORM));
    }

    @Test
    void givenAContractNotActiveOnTheEffectiveDate_whenARevisionIsOpened_thenContractNotActive() {
        fixture(register).givenNoPriorActivity()
                .when(new OpenRevisionCommand(REVISION, HAAGLANDEN, List.of(S5), List.of(ContractId.of("old")), "x", 1,
                        EFFECTIVE, null, OPENED_ON))
                .expectNoEvents()
                .expectException(violationSaying(ErrorCode.CONTRACT_NOT_ACTIVE, "runs from 2021-01-01 to 2025-12-31"));
    }

    @Test
    void givenAContractOfAnotherRegionOrNone_whenARevisionNamesIt_thenNotFound() {
        for (String contract : List.of("zhz-2022", "unknown")) {
            fixture(new Register()).givenNoPriorActivity()
                    .when(new OpenRevisionCommand(REVISION, HAAGLANDEN, List.of(S5), List.of(ContractId.of(contract)), "x", 1,
                            EFFECTIVE, null, OPENED_ON))
                    .expectNoEvents()
                    .expectException(violationSaying(ErrorCode.NOT_FOUND, "region haaglanden has no contract " + contract));
        }
    }

    @Test
    void givenTheContractInAnOpenRevision_whenASecondRevisionIsOpened_thenRevisionConflict() {
        register.claim(REVISION, List.of(CONTRACT));

        fixture(register).givenNoPriorActivity()
                .when(open(RevisionId.of("hgl-2027-rev-s5-2"), 2))
                .expectNoEvents()
                .expectException(violation(ErrorCode.REVISION_CONFLICT));
    }

    @Test
    void givenTheFirstRevisionFinalised_whenASecondForTheSameStartDateOpens_thenItMay() {
        register.claim(REVISION, List.of(CONTRACT));
        register.release(REVISION);

        fixture(register).givenNoPriorActivity()
                .when(open(RevisionId.of("hgl-2027-rev-s5-2"), 2))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void givenAPresentedText_whenAPartyRespondsBeforeTheDeadline_thenTheResponseIsReceived() {
        fixture(register).given(presented())
                .when(new RegisterResponseCommand(REVISION, "r-1", YOUZ, LocalDate.of(2026, 2, 10), 1, null, "about tariffs", null))
                .expectEvents(response("r-1", ResponseKind.COMMENT));
    }

    @Test
    void givenAPresentedText_whenAResponseArrivesAfterTheDeadline_thenItIsRecordedAsRefusedWithTheDatesAndItsKind() {
        LocalDate late = DEADLINE.plusDays(2);
        fixture(register).given(presented())
                .when(new RegisterResponseCommand(REVISION, "r-late", YOUZ, late, 1, ResponseKind.NOTICE, "too late", LETTER))
                .expectEvents(new ProviderResponseRefusedEvent(REVISION, "r-late", YOUZ, late, 1, DEADLINE, ResponseKind.NOTICE,
                        "too late", LETTER));
    }

    @Test
    void givenAPresentedText_whenALateResponseNamesNoKind_thenItIsRefusedAsAComment() {
        LocalDate late = DEADLINE.plusDays(1);
        fixture(register).given(presented())
                .when(new RegisterResponseCommand(REVISION, "r-late", YOUZ, late, 1, null, "too late", null))
                .expectEvents(new ProviderResponseRefusedEvent(REVISION, "r-late", YOUZ, late, 1, DEADLINE, ResponseKind.COMMENT,
                        "too late", null));
    }

    @Test
    void givenAPresentedText_whenAProviderOutsideTheContractsResponds_thenProviderNotParty() {
        fixture(register).given(presented())
                .when(new RegisterResponseCommand(REVISION, "r-1", OUTSIDER, LocalDate.of(2026, 2, 10), 1, null, "x", null))
                .expectNoEvents()
                .expectException(violation(ErrorCode.PROVIDER_NOT_PARTY));
    }

    @Test
    void givenAPresentedText_whenAResponseIsDatedBeforeThePresentation_thenDateOrderInvalid() {
        fixture(register).given(presented())
                .when(new RegisterResponseCommand(REVISION, "r-1", YOUZ, PRESENTED.minusDays(1), 1, null, "x", null))
                .expectNoEvents()
                .expectException(violation(ErrorCode.DATE_ORDER_INVALID));
    }

    @Test
    void givenAnUnansweredResponse_whenTheRevisedAgreementIsPublished_thenResponsesNotAnswered() {
        fixture(register).given(opened(), new RevisionTextPresentedEvent(REVISION, 1, TEXT, PRESENTED, DEADLINE),
                        response("r-1", ResponseKind.COMMENT), new ResponsesClosedEvent(REVISION, DEADLINE))
                .when(new PublishRevisedAgreementCommand(REVISION, LocalDate.of(2026, 3, 16), TEXT, null, null))
                .expectNoEvents()
                .expectException(violation(ErrorCode.RESPONSES_NOT_ANSWERED));
    }

    @Test
    void givenTextVersionOnePresentedOn15January_whenVersionTwoIsDatedBefore_thenDateOrderInvalid() {
        fixture(register).given(presented())
                .when(new PresentRevisionTextCommand(REVISION, 2, TEXT, PRESENTED.minusDays(1), DEADLINE))
                .expectNoEvents()
                .expectException(violationSaying(ErrorCode.DATE_ORDER_INVALID, "the presentation of text version 1"));
    }

    @Test
    void givenClosedResponses_whenASecondTextVersionIsPresented_thenResponsesReopen() {
        LocalDate second = LocalDate.of(2026, 3, 1);
        fixture(register).given(opened(), new RevisionTextPresentedEvent(REVISION, 1, TEXT, PRESENTED, DEADLINE),
                        new ResponsesClosedEvent(REVISION, DEADLINE),
                        new RevisionTextPresentedEvent(REVISION, 2, TEXT, second, second.plusDays(14)))
                .when(new RegisterResponseCommand(REVISION, "r-2", YOUZ, second.plusDays(3), 2, null, "on version 2", LETTER))
                .expectEvents(new ProviderResponseReceivedEvent(REVISION, "r-2", YOUZ, second.plusDays(3), 2,
                        ResponseKind.COMMENT, "on version 2", LETTER));
    }

    @Test
    void givenAPublishedRevision_whenFinalisedOn30June2026_thenFinalisedWithoutBreach() {
        LocalDate finalised = LocalDate.of(2026, 6, 30);
        fixture(register).given(published(response("r-1", ResponseKind.NOTICE),
                        new ProviderResponseAnsweredEvent(REVISION, "r-1", ResponseDecision.NOT_ADOPTED, "m", DEADLINE)))
                .when(new FinaliseRevisionCommand(REVISION, finalised, null))
                .expectEvents(new RevisionFinalisedEvent(REVISION, finalised, READY_BY, false, null, List.of(CONTRACT),
                        EFFECTIVE, "Aw 2.163c", TEXT, null, List.of(YOUZ), List.of()))
                .expectState(revision -> assertThat(revision.isFinalisedNaming(CONTRACT)).isTrue());
    }

    @Test
    void givenAPublishedRevision_whenFinalisedOn2July2026_thenRevisionLeadTimeViolated() {
        fixture(register).given(published())
                .when(new FinaliseRevisionCommand(REVISION, LocalDate.of(2026, 7, 2), null))
                .expectNoEvents()
                .expectException(violation(ErrorCode.REVISION_LEAD_TIME_VIOLATED));
    }

    @Test
    void givenAPublishedRevision_whenFinalisedLateWithAnOverrideReason_thenTheEventRecordsTheBreach() {
        LocalDate late = LocalDate.of(2026, 7, 2);
        fixture(register).given(published())
                .when(new FinaliseRevisionCommand(REVISION, late, "board decision 2026-06-30 arrived a day late"))
                .expectEvents(new RevisionFinalisedEvent(REVISION, late, READY_BY, true,
                        "board decision 2026-06-30 arrived a day late", List.of(CONTRACT), EFFECTIVE, "Aw 2.163c", TEXT,
                        null, List.of(), List.of()));
    }

    @Test
    void givenAProviderAdmittedToTheRevisedAgreement_whenFinalised_thenTheEventCarriesTheAdmission() {
        LocalDate admittedOn = LocalDate.of(2026, 4, 20);
        fixture(register).given(published(new AdmissionOpenedEvent(REVISION, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1)),
                        new ProviderAdmittedToRevisionEvent(REVISION, OUTSIDER, admittedOn, "QC-2026-3")))
                .when(new FinaliseRevisionCommand(REVISION, LocalDate.of(2026, 5, 28), null))
                .expectEvents(new RevisionFinalisedEvent(REVISION, LocalDate.of(2026, 5, 28), READY_BY, false, null,
                        List.of(CONTRACT), EFFECTIVE, "Aw 2.163c", TEXT, null, List.of(),
                        List.of(new RevisionAdmission(OUTSIDER, admittedOn, "QC-2026-3"))));
    }

    @Test
    void givenNoAdmissionOpen_whenAProviderIsAdmitted_thenAdmissionClosed() {
        fixture(register).given(published())
                .when(new AdmitProviderToRevisionCommand(REVISION, YOUZ, LocalDate.of(2026, 4, 1), "QC"))
                .expectNoEvents()
                .expectException(violation(ErrorCode.ADMISSION_CLOSED));
    }

    @Test
    void givenAnOpenAdmission_whenAnotherProviderIsAdmitted_thenProviderAdmittedToRevision() {
        fixture(register).given(published())
                .andGiven(new AdmissionOpenedEvent(REVISION, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1)))
                .when(new AdmitProviderToRevisionCommand(REVISION, OUTSIDER, LocalDate.of(2026, 4, 15), "QC-7"))
                .expectEvents(new ProviderAdmittedToRevisionEvent(REVISION, OUTSIDER, LocalDate.of(2026, 4, 15), "QC-7"));
    }

    @Test
    void givenAProviderAdmittedToTheRevision_whenItIsAdmittedAgain_thenAlreadyExists() {
        fixture(register).given(published(new AdmissionOpenedEvent(REVISION, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1)),
                        new ProviderAdmittedToRevisionEvent(REVISION, OUTSIDER, LocalDate.of(2026, 4, 15), "QC-7")))
                .when(new AdmitProviderToRevisionCommand(REVISION, OUTSIDER, LocalDate.of(2026, 4, 20), "QC-8"))
                .expectNoEvents()
                .expectException(violationSaying(ErrorCode.ALREADY_EXISTS, "already admitted to this revision"));
    }

    @Test
    void givenAnOpenAdmission_whenAProviderAlreadyPartyToTheContractsIsAdmitted_thenAlreadyExists() {
        fixture(register).given(published())
                .andGiven(new AdmissionOpenedEvent(REVISION, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1)))
                .when(new AdmitProviderToRevisionCommand(REVISION, YOUZ, LocalDate.of(2026, 4, 15), "QC-7"))
                .expectNoEvents()
                .expectException(violationSaying(ErrorCode.ALREADY_EXISTS, "already party to every contract"));
    }

    @Test
    void givenAnOpenRevision_whenWithdrawn_thenRevisionWithdrawnAndTheContractIsFree() {
        register.claim(REVISION, List.of(CONTRACT));

        fixture(register).given(opened())
                .when(new WithdrawRevisionCommand(REVISION, LocalDate.of(2025, 12, 1), "strategy changed"))
                .expectEvents(new RevisionWithdrawnEvent(REVISION, LocalDate.of(2025, 12, 1), "strategy changed"));
        assertThat(register.holderOf(CONTRACT)).isEmpty();
    }

    @Test
    void givenAPresentedText_whenPublishedBeforeResponsesClose_thenStateConflict() {
        fixture(register).given(presented())
                .when(new PublishRevisedAgreementCommand(REVISION, LocalDate.of(2026, 3, 16), TEXT, null, null))
                .expectNoEvents()
                .expectException(violation(ErrorCode.STATE_CONFLICT));
    }
}
