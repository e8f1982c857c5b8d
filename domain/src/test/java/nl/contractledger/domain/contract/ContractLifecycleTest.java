package nl.contractledger.domain.contract;

import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.domain.shared.Amount;
import nl.contractledger.domain.shared.ErrorCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static nl.contractledger.domain.contract.ContractFixture.*;
import static nl.contractledger.domain.shared.RuleViolationMatcher.violation;
import static org.assertj.core.api.Assertions.assertThat;

/** Extensions, parties, tariffs, caps, KPIs, segment parts, revisions and termination. */
class ContractLifecycleTest {

    private final AggregateTestFixture<Contract> fixture = ContractFixture.fixture();

    private static ExtendContractCommand byOption(LocalDate newEndsOn, Integer number) {
        return new ExtendContractCommand(DEVELOPMENT, newEndsOn,
                new ExtensionBasis(ExtensionBasisType.OPTION, number, null, null, null), null, null);
    }

    @Test
    void givenFourOptions_whenTheFirstIsUsed_thenTheContractRunsAYearLonger() {
        fixture.given(published())
                .when(byOption(LocalDate.of(2023, 12, 31), 1))
                .expectEvents(option(END_2022, LocalDate.of(2023, 12, 31), 1));
    }

    @Test
    void givenAllFourOptionsUsed_whenAFifthExtensionByOptionIsAsked_thenNoExtensionOptionsLeft() {
        fixture.given(published(), option(END_2022, LocalDate.of(2023, 12, 31), 1),
                        option(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 12, 31), 2),
                        option(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31), 3),
                        option(LocalDate.of(2025, 12, 31), MAX_END, 4))
                .when(byOption(LocalDate.of(2027, 12, 31), 5))
                .expectNoEvents()
                .expectException(violation(ErrorCode.NO_EXTENSION_OPTIONS_LEFT));
    }

    @Test
    void givenAOneYearOption_whenExtendedByEighteenMonths_thenExtensionLengthMismatch() {
        fixture.given(published())
                .when(byOption(LocalDate.of(2024, 6, 30), null))
                .expectNoEvents()
                .expectException(violation(ErrorCode.EXTENSION_LENGTH_MISMATCH));
    }

    @Test
    void givenAHalfYearOptionOfATermEndingOn30June_whenUsed_thenTheContractRunsToTheEndOfDecember() {
        PublishContractCommand c = development(openHouse());
        LocalDate endOfJune = LocalDate.of(2022, 6, 30);
        ContractPublishedEvent halfYears = new ContractPublishedEvent(DEVELOPMENT, H10, List.of(S1), c.kind(), c.title(),
                openHouse(), START_2021, endOfJune, MAX_END, List.of(new ExtensionOption(6)),
                "TASK_BASED", published().terms(), null, null, PUBLISHED_ON);
        fixture.given(halfYears)
                .when(byOption(LocalDate.of(2022, 12, 30), 1))
                .expectNoEvents()
                .expectException(violation(ErrorCode.EXTENSION_LENGTH_MISMATCH));
        fixture.given(halfYears)
                .when(byOption(LocalDate.of(2022, 12, 31), 1))
                .expectEvents(option(endOfJune, LocalDate.of(2022, 12, 31), 1));
    }

    @Test
    void givenAMaximumEndBeforeTheOption_whenTheOptionIsUsed_thenExtensionBeyondMaxEnd() {
        PublishContractCommand c = development(openHouse());
        ContractPublishedEvent shortMax = new ContractPublishedEvent(DEVELOPMENT, H10, List.of(S1), c.kind(), c.title(),
                openHouse(), START_2021, END_2022, LocalDate.of(2023, 6, 30), List.of(new ExtensionOption(12)),
                "TASK_BASED", published().terms(), null, null, PUBLISHED_ON);
        fixture.given(shortMax)
                .when(byOption(LocalDate.of(2023, 12, 31), 1))
                .expectNoEvents()
                .expectException(violation(ErrorCode.EXTENSION_BEYOND_MAX_END));
    }

    @Test
    void givenNoSuchClause_whenExtendedByReviewClause_thenReviewClauseNotFound() {
        fixture.given(published())
                .when(new ExtendContractCommand(DEVELOPMENT, LocalDate.of(2024, 12, 31),
                        new ExtensionBasis(ExtensionBasisType.REVIEW_CLAUSE, null, "art-99", null, null), "KPO-2025", null))
                .expectNoEvents()
                .expectException(violation(ErrorCode.REVIEW_CLAUSE_NOT_FOUND));
    }

    @Test
    void givenAnExtensionOnAnotherLegalBasis_whenThereIsNoCostPriceStudy_thenCostPriceStudyMissing() {
        fixture.given(published())
                .when(new ExtendContractCommand(DEVELOPMENT, LocalDate.of(2024, 12, 31), new ExtensionBasis(
                        ExtensionBasisType.OTHER, null, null, "Aw 2.163f", "continuity of care"), null, null))
                .expectNoEvents()
                .expectException(violation(ErrorCode.COST_PRICE_STUDY_MISSING));
    }

    @Test
    void givenAnExtensionOnAnotherLegalBasisWithACostPriceStudy_whenExtended_thenContractExtended() {
        ExtensionBasis basis = new ExtensionBasis(ExtensionBasisType.OTHER, null, null, "Aw 2.163f", "continuity");
        LocalDate decided = LocalDate.of(2022, 6, 19);
        fixture.given(published())
                .when(new ExtendContractCommand(DEVELOPMENT, LocalDate.of(2024, 12, 31), basis, "KPO-2022", decided))
                .expectEvents(new ContractExtendedEvent(DEVELOPMENT, END_2022, LocalDate.of(2024, 12, 31), basis,
                        "KPO-2022", decided))
                .expectState(contract -> assertThat(contract.outline().endsOn()).isEqualTo(LocalDate.of(2024, 12, 31)));
    }

    @Test
    void givenARegisteredProvider_whenAdmittedAndSignedThenAdmittedAgain_thenAlreadyExists() {
        fixture.given(published(), new ProviderAdmittedEvent(DEVELOPMENT, YOUZ, START_2021, "QC-1", null))
                .when(new AdmitProviderCommand(DEVELOPMENT, YOUZ, START_2021, "QC-2", null))
                .expectNoEvents()
                .expectException(violation(ErrorCode.ALREADY_EXISTS));
    }

    @Test
    void givenAnUnregisteredProvider_whenAdmitted_thenProviderNotRegistered() {
        fixture.given(published())
                .when(new AdmitProviderCommand(DEVELOPMENT, ProviderId.of("unknown"), START_2021, "QC-1", null))
                .expectNoEvents()
                .expectException(violation(ErrorCode.PROVIDER_NOT_REGISTERED));
    }

    @Test
    void givenAParty_whenItSigns_thenContractSigned() {
        fixture.given(published(), new ProviderAdmittedEvent(DEVELOPMENT, YOUZ, START_2021, "QC-1", null))
                .when(new SignContractCommand(DEVELOPMENT, YOUZ, START_2021))
                .expectEvents(new ContractSignedEvent(DEVELOPMENT, YOUZ, START_2021));
    }

    @Test
    void givenAContractATenderAwardedToYouz_whenAnotherProviderSignsOrIsAdmitted_thenProviderNotAwardedUnlessARevisionAdmitsIt() {
        ProviderId lost = ProviderId.of("zorgkracht");
        fixture.given(publishedByTender())
                .when(new SignContractCommand(DEVELOPMENT, lost, START_2021))
                .expectNoEvents()
                .expectException(violation(ErrorCode.PROVIDER_NOT_AWARDED));
        ContractFixture.fixture().given(publishedByTender())
                .when(new AdmitProviderCommand(DEVELOPMENT, lost, START_2021, "QC-1", null))
                .expectNoEvents()
                .expectException(violation(ErrorCode.PROVIDER_NOT_AWARDED));
        ContractFixture.fixture().given(publishedByTender())
                .when(new SignContractCommand(DEVELOPMENT, YOUZ, START_2021))
                .expectEvents(new ContractSignedEvent(DEVELOPMENT, YOUZ, START_2021));
        ContractFixture.fixture().given(publishedByTender())
                .when(new AdmitProviderCommand(DEVELOPMENT, lost, END_2022, "QC-1", "final"))
                .expectEvents(new ProviderAdmittedEvent(DEVELOPMENT, lost, END_2022, "QC-1", "final"));
    }

    @Test
    void givenAProductOutsideTheTerms_whenTariffsAreSet_thenProductNotInContract() {
        fixture.given(published())
                .when(new SetTariffsCommand(DEVELOPMENT, 2022, List.of(new TariffLine("99Z99", Amount.parse("1.00", "a")))))
                .expectNoEvents()
                .expectException(violation(ErrorCode.PRODUCT_NOT_IN_CONTRACT));
    }

    @Test
    void givenAProductOfTheTerms_whenTariffsFor2022AreSet_thenTariffsSet() {
        List<TariffLine> tariffs = List.of(new TariffLine("45A01", Amount.parse("124.00", "a")));
        fixture.given(published())
                .when(new SetTariffsCommand(DEVELOPMENT, 2022, tariffs))
                .expectEvents(new TariffsSetEvent(DEVELOPMENT, 2022, tariffs));
    }

    @Test
    void givenANonParty_whenASpendingCapIsSet_thenProviderNotParty() {
        fixture.given(published())
                .when(new SetSpendingCapCommand(DEVELOPMENT, YOUZ, 2021, Amount.parse("1500000.00", "amount")))
                .expectNoEvents()
                .expectException(violation(ErrorCode.PROVIDER_NOT_PARTY));
    }

    @Test
    void givenAParty_whenItsSpendingCapIsSet_thenSpendingCapSet() {
        fixture.given(published(), new ContractSignedEvent(DEVELOPMENT, YOUZ, START_2021))
                .when(new SetSpendingCapCommand(DEVELOPMENT, YOUZ, 2021, Amount.parse("1500000.00", "amount")))
                .expectEvents(new SpendingCapSetEvent(DEVELOPMENT, YOUZ, 2021, Amount.parse("1500000", "amount")));
    }

    @Test
    void givenAnAgreedKpi_whenTheResultMissesTheTarget_thenAFinancialConsequenceIsImposed() {
        fixture.given(published(), new KpiAgreedEvent(DEVELOPMENT, WAITING_TIME, START_2021))
                .when(new RecordKpiResultCommand(DEVELOPMENT, "kpi-waiting", "2021", new BigDecimal("8")))
                .expectEvents(new KpiResultRecordedEvent(DEVELOPMENT, "kpi-waiting", "2021", new BigDecimal("8"), false),
                        new FinancialConsequenceImposedEvent(DEVELOPMENT, "kpi-waiting", "2021", "1% of the yearly turnover"));
    }

    @Test
    void givenAnAgreedKpi_whenTheResultMeetsTheTarget_thenOnlyTheResultIsRecorded() {
        fixture.given(published(), new KpiAgreedEvent(DEVELOPMENT, WAITING_TIME, START_2021))
                .when(new RecordKpiResultCommand(DEVELOPMENT, "kpi-waiting", "2021", new BigDecimal("6")))
                .expectEvents(new KpiResultRecordedEvent(DEVELOPMENT, "kpi-waiting", "2021", new BigDecimal("6"), true));
    }

    @Test
    void givenAnAgreedKpi_whenAgreedAgain_thenAlreadyExists() {
        fixture.given(published(), new KpiAgreedEvent(DEVELOPMENT, WAITING_TIME, START_2021))
                .when(new AgreeKpiCommand(DEVELOPMENT, WAITING_TIME, START_2021))
                .expectNoEvents()
                .expectException(violation(ErrorCode.ALREADY_EXISTS));
    }

    @Test
    void givenAnUnknownKpi_whenAResultIsRecorded_thenNotFound() {
        fixture.given(published())
                .when(new RecordKpiResultCommand(DEVELOPMENT, "kpi-x", "2021", BigDecimal.ONE))
                .expectNoEvents()
                .expectException(violation(ErrorCode.NOT_FOUND));
    }

    @Test
    void givenASegmentOfTheContract_whenItsPartEnds_thenSegmentPartEnded() {
        fixture.given(published())
                .when(new EndSegmentPartCommand(DEVELOPMENT, S1, LocalDate.of(2022, 1, 1), "segment closed"))
                .expectEvents(new SegmentPartEndedEvent(DEVELOPMENT, S1, LocalDate.of(2022, 1, 1), "segment closed"));
    }

    @Test
    void givenAnotherSegment_whenItsPartEnds_thenSegmentNotInContract() {
        fixture.given(published())
                .when(new EndSegmentPartCommand(DEVELOPMENT, SegmentId.of("zhz-s5"), LocalDate.of(2022, 1, 1), "x"))
                .expectNoEvents()
                .expectException(violation(ErrorCode.SEGMENT_NOT_IN_CONTRACT));
    }

    @Test
    void givenAPartyThatGaveNoticeToARevision_whenItWithdraws_thenTheWithdrawalNamesTheRevision() {
        fixture.given(published(), new ContractSignedEvent(DEVELOPMENT, YOUZ, START_2021))
                .when(new WithdrawProviderCommand(DEVELOPMENT, YOUZ, LocalDate.of(2022, 1, 1), "gave notice", "rev-2022"))
                .expectEvents(new ProviderWithdrewEvent(DEVELOPMENT, YOUZ, LocalDate.of(2022, 1, 1), "gave notice", "rev-2022"));
    }

    @Test
    void givenAParty_whenItWithdraws_thenProviderWithdrewAndItIsNoPartyAnyMore() {
        fixture.given(published(), new ContractSignedEvent(DEVELOPMENT, YOUZ, START_2021),
                        new ProviderWithdrewEvent(DEVELOPMENT, YOUZ, LocalDate.of(2022, 1, 1), "notice", null))
                .when(new WithdrawProviderCommand(DEVELOPMENT, YOUZ, LocalDate.of(2022, 2, 1), "again", null))
                .expectNoEvents()
                .expectException(violation(ErrorCode.PROVIDER_NOT_PARTY));
    }

    @Test
    void givenAContract_whenTerminatedWithoutReason_thenTerminationReasonRequired() {
        fixture.given(published())
                .when(new TerminateContractCommand(DEVELOPMENT, LocalDate.of(2022, 1, 1), " "))
                .expectNoEvents()
                .expectException(violation(ErrorCode.TERMINATION_REASON_REQUIRED));
    }

    @Test
    void givenATerminatedContract_whenTariffsAreSet_thenContractNotActive() {
        fixture.given(published(), new ContractTerminatedEvent(DEVELOPMENT, LocalDate.of(2022, 1, 1), "bankrupt"))
                .when(new SetTariffsCommand(DEVELOPMENT, 2022, List.of()))
                .expectNoEvents()
                .expectException(violation(ErrorCode.CONTRACT_NOT_ACTIVE));
    }

    @Test
    void givenAnExpiredContract_whenAProviderWithdrawsAfterTheEnd_thenContractNotActive() {
        fixture.given(published(), new ContractSignedEvent(DEVELOPMENT, YOUZ, START_2021))
                .when(new WithdrawProviderCommand(DEVELOPMENT, YOUZ, LocalDate.of(2023, 3, 1), "late", null))
                .expectNoEvents()
                .expectException(violation(ErrorCode.CONTRACT_NOT_ACTIVE));
    }

    @Test
    void givenARevisionThatIsNotFinalised_whenTheContractIsRevised_thenRevisionNotFinalised() {
        fixture.given(published())
                .when(new ReviseContractCommand(DEVELOPMENT, "draft", LocalDate.of(2022, 1, 1), "Aw 2.163c", null,
                        null, null, null))
                .expectNoEvents()
                .expectException(violation(ErrorCode.REVISION_NOT_FINALISED));
    }

    @Test
    void givenAFinalisedRevision_whenTheContractIsRevisedFrom2022_thenVersionTwoIsInForceFromThenOnly() {
        List<ContractProduct> revised = List.of(new ContractProduct("45A01", "45", "day", Amount.parse("131.00", "t")));
        fixture.given(published())
                .when(new ReviseContractCommand(DEVELOPMENT, "final", LocalDate.of(2022, 1, 1), "Aw 2.163c", revised,
                        null, null, null))
                .expectEvents(new ContractRevisedEvent(DEVELOPMENT, "final", new ContractTerms(2,
                        LocalDate.of(2022, 1, 1), revised, List.of(), List.of(CLAUSE), DOCUMENT, "Aw 2.163c", "final")))
                .expectState(contract -> {
                    assertThat(contract.termsInForceOn(LocalDate.of(2021, 12, 31)).version()).isEqualTo(1);
                    assertThat(contract.termsInForceOn(LocalDate.of(2022, 1, 1)).version()).isEqualTo(2);
                });
    }

    @Test
    void givenTheRevisionAlreadyApplied_whenTheSameRevisionArrivesAgain_thenNothingChanges() {
        List<ContractProduct> revised = List.of(new ContractProduct("45A01", "45", "day", Amount.parse("131.00", "t")));
        fixture.given(published(), new ContractRevisedEvent(DEVELOPMENT, "final", new ContractTerms(2,
                        LocalDate.of(2022, 1, 1), revised, List.of(), List.of(CLAUSE), DOCUMENT, "Aw 2.163c", "final")))
                .when(new ReviseContractCommand(DEVELOPMENT, "final", LocalDate.of(2022, 1, 1), "Aw 2.163c", revised,
                        null, null, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenATerminatedContract_whenAKpiResultIsRecorded_thenContractNotActive() {
        fixture.given(published(), new KpiAgreedEvent(DEVELOPMENT, WAITING_TIME, START_2021),
                        new ContractTerminatedEvent(DEVELOPMENT, LocalDate.of(2022, 1, 1), "bankrupt"))
                .when(new RecordKpiResultCommand(DEVELOPMENT, "kpi-waiting", "2022", new BigDecimal("8")))
                .expectNoEvents()
                .expectException(violation(ErrorCode.CONTRACT_NOT_ACTIVE));
    }

    @Test
    void givenAParty_whenASpendingCapIsSetForTheYear3000_thenValidationFailed() {
        fixture.given(published(), new ContractSignedEvent(DEVELOPMENT, YOUZ, START_2021))
                .when(new SetSpendingCapCommand(DEVELOPMENT, YOUZ, 3000, Amount.parse("1.00", "amount")))
                .expectNoEvents()
                .expectException(violation(ErrorCode.VALIDATION_FAILED));
    }
}
