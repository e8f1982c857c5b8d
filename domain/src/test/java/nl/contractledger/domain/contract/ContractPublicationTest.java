package nl.contractledger.domain.contract;

import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.domain.shared.ErrorCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static nl.contractledger.domain.contract.ContractFixture.*;
import static nl.contractledger.domain.shared.RuleViolationMatcher.violation;
import static nl.contractledger.domain.shared.RuleViolationMatcher.violationSaying;

class ContractPublicationTest {

    private final AggregateTestFixture<Contract> fixture = ContractFixture.fixture();

    @Test
    void givenTwoYearsWithFourOneYearOptions_whenPublished_thenTheFullTermOfSixYearsSuffices() {
        fixture.givenNoPriorActivity()
                .when(development(openHouse()))
                .expectEvents(published());
    }

    @Test
    void givenTwoYearsWithoutOptions_whenPublished_thenContractTooShort() {
        PublishContractCommand c = development(openHouse());
        fixture.givenNoPriorActivity()
                .when(new PublishContractCommand(c.contractId(), c.regionId(), c.segmentIds(), c.kind(), c.title(),
                        c.route(), START_2021, END_2022, END_2022, List.of(), c.fundingForm(), c.products(),
                        c.reviewClauses(), c.document(), null, null, PUBLISHED_ON))
                .expectNoEvents()
                .expectException(violation(ErrorCode.CONTRACT_TOO_SHORT));
    }

    @Test
    void givenABridgingContractForOneYear_whenPublished_thenItNeedsNoMinimumTerm() {
        PublishContractCommand c = development(openHouse());
        fixture.givenNoPriorActivity()
                .when(new PublishContractCommand(ContractId.of("bridge-2020"), c.regionId(), c.segmentIds(),
                        ContractKind.BRIDGING, "Overbruggingscontract 2020", new Route(RouteType.BRIDGING, null, null,
                        List.of(ContractId.of("h10-2019")), "court ruling of 2019-10-22"), LocalDate.of(2020, 1, 1),
                        LocalDate.of(2020, 12, 31), null, List.of(), c.fundingForm(), c.products(), List.of(),
                        c.document(), null, null, PUBLISHED_ON))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void givenASegmentTheRegionDoesNotHave_whenPublished_thenNotFoundNamingTheSegments() {
        fixture.givenNoPriorActivity()
                .when(covering(List.of(S1, SegmentId.of("hgl-s99")), START_2021))
                .expectNoEvents()
                .expectException(violation(ErrorCode.NOT_FOUND))
                .expectExceptionMessage("region haaglanden has no segment hgl-s99");
    }

    @Test
    void givenASegmentClosedOnNewYearsDay2026_whenAContractStartsThatDay_thenSegmentClosed() {
        fixture.givenNoPriorActivity()
                .when(covering(List.of(S5), LocalDate.of(2026, 1, 1)))
                .expectNoEvents()
                .expectException(violation(ErrorCode.SEGMENT_CLOSED))
                .expectExceptionMessage("segment zhz-s5 is closed from 2026-01-01, before the contract starts on 2026-01-01");
    }

    @Test
    void givenASegmentClosedOnNewYearsDay2026_whenAContractThatStartedBeforeIsRecorded_thenItIsPublished() {
        fixture.givenNoPriorActivity()
                .when(covering(List.of(S1, S5), START_2021))
                .expectSuccessfulHandlerExecution();
    }

    /** The development agreement for these segments from {@code startsOn}, with its length of two years and four options. */
    private static PublishContractCommand covering(List<SegmentId> segments, LocalDate startsOn) {
        PublishContractCommand c = development(openHouse());
        return new PublishContractCommand(c.contractId(), c.regionId(), segments, c.kind(), c.title(), c.route(), startsOn,
                startsOn.plusYears(2).minusDays(1), startsOn.plusYears(6).minusDays(1), c.extensionOptions(), c.fundingForm(),
                c.products(), c.reviewClauses(), c.document(), null, null, PUBLISHED_ON);
    }

    @Test
    void givenABridgingRouteWithoutPredecessors_whenPublished_thenValidationFailed() {
        fixture.givenNoPriorActivity()
                .when(development(new Route(RouteType.BRIDGING, null, null, List.of(), "reason")))
                .expectNoEvents()
                .expectException(violation(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void givenNoSuchRevisionProcedureOrAnotherRegions_whenPublishedByRevision_thenNotFoundNamingTheRoutesRevision() {
        fixture.givenNoPriorActivity()
                .when(development(new Route(RouteType.REVISION, null, "no-such-revision", null, null)))
                .expectNoEvents()
                .expectException(violationSaying(ErrorCode.NOT_FOUND, "region haaglanden has no revision procedure no-such-revision"));
        fixture.givenNoPriorActivity()
                .when(development(new Route(RouteType.REVISION, null, "zhz-revision", null, null)))
                .expectNoEvents()
                .expectException(violationSaying(ErrorCode.NOT_FOUND, "region haaglanden has no revision procedure zhz-revision"));
        fixture.givenNoPriorActivity()
                .when(development(new Route(RouteType.REVISION, null, "Not A Slug", null, null)))
                .expectNoEvents()
                .expectException(violation(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void givenARecordedRevisionProcedure_whenPublishedByIt_thenTheContractIsPublished() {
        fixture.givenNoPriorActivity()
                .when(development(new Route(RouteType.REVISION, null, "open", null, null)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void givenATenderThatIsNotAwarded_whenPublishedByTender_thenTenderNotAwarded() {
        fixture.givenNoPriorActivity()
                .when(development(new Route(RouteType.TENDER, "open", null, null, null)))
                .expectNoEvents()
                .expectException(violation(ErrorCode.TENDER_NOT_AWARDED));
    }

    @Test
    void givenAnAwardedTender_whenPublishedByTender_thenContractPublished() {
        fixture.givenNoPriorActivity()
                .when(development(new Route(RouteType.TENDER, "awarded", null, null, null)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void givenAnEndBeforeTheStart_whenPublished_thenDateOrderInvalid() {
        PublishContractCommand c = development(openHouse());
        fixture.givenNoPriorActivity()
                .when(new PublishContractCommand(c.contractId(), c.regionId(), c.segmentIds(), c.kind(), c.title(),
                        c.route(), START_2021, START_2021.minusDays(1), MAX_END, c.extensionOptions(), c.fundingForm(),
                        c.products(), c.reviewClauses(), c.document(), null, null, PUBLISHED_ON))
                .expectNoEvents()
                .expectException(violation(ErrorCode.DATE_ORDER_INVALID));
    }

    @Test
    void givenVoorschotenLeftIn2024_whenAResultAgreementFor2024IsPublishedForIt_thenMunicipalityNotMember() {
        ContractFixture.fixture().givenNoPriorActivity()
                .when(resultAgreement("Voorschoten", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)))
                .expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
                .when(new PublishContractCommand(ContractId.of("ra-voorschoten-2024"), H10, List.of(S1),
                        ContractKind.RESULT_AGREEMENT, "Resultaatovereenkomst 2024", openHouse(),
                        LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null, List.of(), "TASK_BASED", List.of(),
                        List.of(), DOCUMENT, ContractId.of("long-parent"), "Voorschoten", PUBLISHED_ON))
                .expectNoEvents()
                .expectException(violation(ErrorCode.MUNICIPALITY_NOT_MEMBER));
    }

    @Test
    void givenAParentUntil2022_whenAResultAgreementRunsInto2023_thenDateOrderInvalid() {
        fixture.givenNoPriorActivity()
                .when(resultAgreement("Delft", LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31)))
                .expectNoEvents()
                .expectException(violation(ErrorCode.DATE_ORDER_INVALID));
    }

    @Test
    void givenVoorschotenLeavingOnNewYearsDay2024_whenAResultAgreementRunsIntoThatDay_thenMunicipalityNotMemberNamingItsLastDay() {
        fixture.givenNoPriorActivity()
                .when(resultAgreement("Voorschoten", "long-parent", LocalDate.of(2023, 7, 1), LocalDate.of(2024, 6, 30)))
                .expectNoEvents()
                .expectException(violationSaying(ErrorCode.MUNICIPALITY_NOT_MEMBER, "until 2023-12-31"));
        ContractFixture.fixture().givenNoPriorActivity()
                .when(resultAgreement("Voorschoten", "long-parent", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)))
                .expectSuccessfulHandlerExecution();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"general-parent, is a GENERAL_AGREEMENT of region haaglanden",
            "zhz-parent, is a DEVELOPMENT_AGREEMENT of region zuid-holland-zuid"})
    void givenAParentThatIsNoDevelopmentAgreementOfTheRegion_whenAResultAgreementIsPublishedUnderIt_thenParentContractInvalid(
            String parent, String saying) {
        fixture.givenNoPriorActivity()
                .when(resultAgreement("Delft", parent, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)))
                .expectNoEvents()
                .expectException(violationSaying(ErrorCode.PARENT_CONTRACT_INVALID, saying));
    }

    @Test
    void givenAParentTerminatedFromJuly2022_whenAResultAgreementRunsPastItsLastDay_thenDateOrderInvalid() {
        fixture.givenNoPriorActivity()
                .when(resultAgreement("Delft", "terminated-parent", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)))
                .expectNoEvents()
                .expectException(violationSaying(ErrorCode.DATE_ORDER_INVALID, "termination on 2022-07-01 2022-06-30"));
        ContractFixture.fixture().givenNoPriorActivity()
                .when(resultAgreement("Delft", "terminated-parent", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30)))
                .expectSuccessfulHandlerExecution();
    }

    private static PublishContractCommand resultAgreement(String municipality, LocalDate from, LocalDate to) {
        return resultAgreement(municipality, DEVELOPMENT.value(), from, to);
    }

    private static PublishContractCommand resultAgreement(String municipality, String parent, LocalDate from, LocalDate to) {
        return new PublishContractCommand(ContractId.of("ra-" + municipality.toLowerCase()), H10, List.of(S1),
                ContractKind.RESULT_AGREEMENT, "Resultaatovereenkomst " + municipality, openHouse(), from, to, null,
                List.of(), "TASK_BASED", List.of(), List.of(), DOCUMENT, ContractId.of(parent), municipality, from);
    }
}
