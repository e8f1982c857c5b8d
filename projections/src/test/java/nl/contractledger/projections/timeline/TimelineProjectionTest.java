package nl.contractledger.projections.timeline;

import nl.contractledger.domain.contract.ContractEvent;
import nl.contractledger.domain.contract.ContractId;
import nl.contractledger.domain.contract.ContractKind;
import nl.contractledger.domain.contract.ContractPublishedEvent;
import nl.contractledger.domain.contract.ContractRevisedEvent;
import nl.contractledger.domain.contract.ContractSignedEvent;
import nl.contractledger.domain.contract.ContractTerminatedEvent;
import nl.contractledger.domain.contract.ContractTerms;
import nl.contractledger.domain.contract.FinancialConsequenceImposedEvent;
import nl.contractledger.domain.contract.Kpi;
import nl.contractledger.domain.contract.KpiAgreedEvent;
import nl.contractledger.domain.contract.KpiComparison;
import nl.contractledger.domain.contract.KpiResultRecordedEvent;
import nl.contractledger.domain.contract.KpiTarget;
import nl.contractledger.domain.contract.Route;
import nl.contractledger.domain.contract.RouteType;
import nl.contractledger.domain.contract.SpendingCapSetEvent;
import nl.contractledger.domain.contract.TariffLine;
import nl.contractledger.domain.contract.TariffsSetEvent;
import nl.contractledger.domain.contract.ProviderAdmittedEvent;
import nl.contractledger.domain.contract.ProviderWithdrewEvent;
import nl.contractledger.domain.contract.SegmentPartEndedEvent;
import nl.contractledger.domain.provider.KvkNumber;
import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.provider.ProviderRegisteredEvent;
import nl.contractledger.domain.provider.SizeClass;
import nl.contractledger.domain.region.FundingForm;
import nl.contractledger.domain.region.ProcurementForm;
import nl.contractledger.domain.region.ProcurementFormChosenEvent;
import nl.contractledger.domain.region.ProductsMovedEvent;
import nl.contractledger.domain.region.RegionEvent;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.region.SegmentClosedEvent;
import nl.contractledger.domain.region.SegmentDefinedEvent;
import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.domain.revision.PlannedSchedule;
import nl.contractledger.domain.revision.ProviderResponseAnsweredEvent;
import nl.contractledger.domain.revision.ProviderResponseReceivedEvent;
import nl.contractledger.domain.revision.ResponseDecision;
import nl.contractledger.domain.revision.ResponseKind;
import nl.contractledger.domain.revision.RevisionEvent;
import nl.contractledger.domain.revision.RevisionFinalisedEvent;
import nl.contractledger.domain.revision.RevisionId;
import nl.contractledger.domain.revision.RevisionOpenedEvent;
import nl.contractledger.domain.shared.Amount;
import nl.contractledger.domain.tender.AwardDecidedEvent;
import nl.contractledger.domain.tender.BidRegisteredEvent;
import nl.contractledger.domain.tender.PlannedMilestones;
import nl.contractledger.domain.tender.TenderAwardedEvent;
import nl.contractledger.domain.tender.TenderEvent;
import nl.contractledger.domain.tender.TenderId;
import nl.contractledger.domain.tender.TenderPlannedEvent;
import nl.contractledger.domain.tender.Winner;
import nl.contractledger.projections.Positions;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The timeline projection as a plain object, its tables in memory: what each event enters, where, and how it reads. */
class TimelineProjectionTest {

    private static final RegionId REGION = RegionId.of("hgl");
    private static final SegmentId S1 = SegmentId.of("hgl-s1");
    private static final SegmentId S2 = SegmentId.of("hgl-s2");
    private static final SegmentId S5 = SegmentId.of("hgl-s5");
    private static final TenderId TENDER = TenderId.of("hgl-2027-s1");
    private static final RevisionId REVISION = RevisionId.of("hgl-rev-2027-1");
    private static final ProviderId THUISBASIS = ProviderId.of("hgl-thuisbasis");
    private static final Instant RECORDED = Instant.parse("2026-07-01T08:00:00Z");

    private final RowsInMemory rows = new RowsInMemory();
    private final TimelineProjection projection = new TimelineProjection(rows);
    private long position;

    @Test
    void givenATenderPlan_whenItsMilestonesHappenLateAndEarly_thenEachEntryCarriesThePlannedDateAndTheDeviationInDays() {
        tender(planned(List.of(S1)));
        tender(new AwardDecidedEvent(TENDER, LocalDate.of(2026, 6, 5), List.of(new Winner(S1, THUISBASIS)), "best value", 20,
                LocalDate.of(2026, 6, 25)));
        tender(new TenderAwardedEvent(TENDER, LocalDate.of(2026, 6, 26), List.of(new Winner(S1, THUISBASIS))));

        List<TimelineRows.Entry> timeline = rows.timeline("hgl-s1", "tender");
        assertThat(timeline).extracting(TimelineRows.Entry::type).containsExactly("TenderPlanned", "AwardDecided", "TenderAwarded");
        assertThat(timeline.get(0).planned()).as("the plan itself has no planned date").isNull();
        assertThat(timeline.get(1).planned()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(timeline.get(1).deviation()).isEqualTo(4);
        assertThat(timeline.get(2).planned()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(timeline.get(2).deviation()).as("four days early").isEqualTo(-4);
        assertThat(timeline).allSatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("procurement");
            assertThat(entry.aggregateId()).isEqualTo("hgl-2027-s1");
            assertThat(entry.recordedAt().toInstant()).isEqualTo(RECORDED);
        });
        assertThat(rows.timeline("hgl-s1", "revision")).isEmpty();
    }

    @Test
    void givenAPlanWhoseStandstillEndsOnTheReadyByDate_whenTheTenderIsPlanned_thenItsSummaryWarnsAndItsPlanKeepsTheReadyByDate() {
        TenderPlannedEvent plan = planned(List.of(S1));
        tender(new TenderPlannedEvent(TENDER, REGION, List.of(S1), plan.title(), plan.estimatedValue(), plan.plannedMilestones(), 20,
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1), plan.plannedOn()));

        assertThat(rows.timeline("hgl-s1", "tender")).extracting(TimelineRows.Entry::summary).containsExactly(
                "Tender \"Jeugdhulp met verblijf 2027\" planned, award planned on 2026-06-30; warning: the standstill after the"
                        + " planned award decision ends on 2026-07-01, so the award cannot be final by 2026-07-01, when contracts"
                        + " must be ready");
        assertThat(rows.planned("tender", "hgl-2027-s1", TenderFacts.CONTRACTS_READY_BY)).contains(LocalDate.of(2026, 7, 1));
    }

    @Test
    void givenAPlanThatLeavesTimeForTheStandstill_whenTheTenderIsPlanned_thenItsSummaryDoesNotWarn() {
        tender(planned(List.of(S1)));

        assertThat(rows.timeline("hgl-s1", "tender")).extracting(TimelineRows.Entry::summary)
                .containsExactly("Tender \"Jeugdhulp met verblijf 2027\" planned, award planned on 2026-06-30");
    }

    @Test
    void givenARegisteredProviderAndADefinedSegment_whenTheProviderBidsAndWins_thenTheSummariesNameBothAsDefined() {
        projection.on(new ProviderRegisteredEvent(THUISBASIS, "Thuisbasis Verblijf", KvkNumber.of("61240115"), SizeClass.LARGE));
        region(defined(S1, 1, "Jeugdhulp met verblijf incl. crisis"));
        tender(planned(List.of(S1)));
        tender(new BidRegisteredEvent(TENDER, "bid-1", THUISBASIS, List.of(S1), LocalDate.of(2026, 4, 28)));
        tender(new AwardDecidedEvent(TENDER, LocalDate.of(2026, 6, 5), List.of(new Winner(S1, THUISBASIS)), "best value", 20,
                LocalDate.of(2026, 6, 25)));

        assertThat(rows.timeline("hgl-s1", "tender")).extracting(TimelineRows.Entry::summary).containsExactly(
                "Tender \"Jeugdhulp met verblijf 2027\" planned, award planned on 2026-06-30",
                "Bid bid-1 from Thuisbasis Verblijf",
                "Award decided to Thuisbasis Verblijf for segment 1 \"Jeugdhulp met verblijf incl. crisis\"; standstill until 2026-06-25");
    }

    @Test
    void givenAnAwardToFortyWinnersOfLongNamedSegments_whenDecided_thenItsSummaryIsCutToItsColumnAndSaysSo() {
        List<SegmentId> segments = new java.util.ArrayList<>();
        List<Winner> winners = new java.util.ArrayList<>();
        projection.on(new ProviderRegisteredEvent(THUISBASIS, "Thuisbasis Verblijf", KvkNumber.of("61240115"), SizeClass.LARGE));
        for (int number = 1; number <= 40; number++) {
            SegmentId segment = SegmentId.of("hgl-s" + number);
            region(defined(segment, number, "Jeugdhulp \uD83C\uDFE0 ".repeat(12)));
            segments.add(segment);
            winners.add(new Winner(segment, THUISBASIS));
        }
        tender(planned(segments));
        tender(new AwardDecidedEvent(TENDER, LocalDate.of(2026, 6, 5), winners, "best value", 20, LocalDate.of(2026, 6, 25)));

        String summary = rows.timeline("hgl-s1", "tender").get(1).summary();
        assertThat(summary).startsWith("Award decided to Thuisbasis Verblijf for segment 1 ").endsWith("…");
        assertThat(summary.length()).isLessThanOrEqualTo(TimelineProjection.SUMMARY_LENGTH);
        assertThat(summary.codePoints()).as("no half of a surrogate pair")
                .noneMatch(codePoint -> Character.getType(codePoint) == Character.SURROGATE);
    }

    @Test
    void givenATendersContractStartingLaterThanPlanned_whenItIsPublished_thenItsStartIsAnEntryOnItsFirstDayAgainstTheTendersPlan() {
        tender(planned(List.of(S1, S2)));

        contract(published("hgl-c1", new Route(RouteType.TENDER, TENDER.value(), null, null, null), LocalDate.of(2027, 2, 1),
                LocalDate.of(2026, 7, 3)));

        for (String segment : List.of("hgl-s1", "hgl-s2")) {
            assertThat(rows.timeline(segment, "tender")).as(segment)
                    .extracting(TimelineRows.Entry::date, TimelineRows.Entry::type, TimelineRows.Entry::summary,
                            TimelineRows.Entry::planned, TimelineRows.Entry::deviation)
                    .containsExactly(
                            tuple(LocalDate.of(2025, 6, 19), "TenderPlanned", rows.timeline(segment, "tender").get(0).summary(), null, null),
                            tuple(LocalDate.of(2026, 7, 3), "ContractPublished",
                                    "Contract hgl-c1 \"Overeenkomst verblijf\" published (GENERAL_AGREEMENT, 2027-02-01 to 2032-12-31)",
                                    null, null),
                            tuple(LocalDate.of(2027, 2, 1), "ContractStart",
                                    "Contract hgl-c1 starts (\"Overeenkomst verblijf\", awarded by tender hgl-2027-s1)",
                                    LocalDate.of(2027, 1, 1), 31L));
        }
        List<TimelineRows.Entry> timeline = rows.timeline("hgl-s1", "tender");
        assertThat(timeline.get(2).eventId()).as("keyed apart from its publication")
                .isEqualTo(timeline.get(1).eventId() + TimelineProjection.START_OF_CONTRACT);
        assertThat(timeline.get(2).position()).isEqualTo(timeline.get(1).position());
        assertThat(rows.timeline("hgl-s1", "revision")).isEmpty();
    }

    @Test
    void givenTwoContractsOfATenderStartingLater_whenOneIsTerminatedOnItsFirstDayAndTheOtherAfter_thenOnlyTheFirstsStartIsWithdrawnAsOfTheTermination() {
        tender(planned(List.of(S1)));
        Route byTender = new Route(RouteType.TENDER, TENDER.value(), null, null, null);
        contract(published("hgl-c1", byTender, LocalDate.of(2027, 2, 1), LocalDate.of(2026, 7, 3)));
        contract(published("hgl-c2", byTender, LocalDate.of(2027, 2, 1), LocalDate.of(2026, 7, 3)));
        Instant terminatedAt = RECORDED.plusSeconds(3600);

        projection.on(new ContractTerminatedEvent(ContractId.of("hgl-c1"), LocalDate.of(2027, 2, 1), "provider bankrupt"),
                message(new ContractTerminatedEvent(ContractId.of("hgl-c1"), LocalDate.of(2027, 2, 1), "provider bankrupt")),
                terminatedAt, "procurement");
        projection.on(new ContractTerminatedEvent(ContractId.of("hgl-c2"), LocalDate.of(2027, 2, 2), "provider bankrupt"),
                message(new ContractTerminatedEvent(ContractId.of("hgl-c2"), LocalDate.of(2027, 2, 2), "provider bankrupt")),
                terminatedAt, "procurement");

        assertThat(rows.withdrawn.entrySet()).as("in the tender timeline of each of its segments")
                .extracting(withdrawn -> withdrawn.getKey().segmentId(), withdrawn -> withdrawn.getKey().type(),
                        withdrawn -> withdrawn.getKey().aggregateId(), withdrawn -> withdrawn.getValue().toInstant())
                .containsExactlyInAnyOrder(tuple("hgl-s1", "ContractStart", "hgl-c1", terminatedAt),
                        tuple("hgl-s2", "ContractStart", "hgl-c1", terminatedAt));
        assertThat(rows.timeline("hgl-s1", "tender")).extracting(TimelineRows.Entry::type, TimelineRows.Entry::aggregateId)
                .contains(tuple("ContractTerminated", "hgl-c1"), tuple("ContractStart", "hgl-c2"));
    }

    @Test
    void givenATendersContractPublishedOnItsFirstDay_whenItIsEntered_thenItsPublicationIsSetAgainstThePlannedStartInOneEntry() {
        tender(planned(List.of(S1)));

        contract(published("hgl-c1", new Route(RouteType.TENDER, TENDER.value(), null, null, null), LocalDate.of(2026, 12, 30),
                LocalDate.of(2026, 12, 30)));

        assertThat(rows.timeline("hgl-s1", "tender")).extracting(TimelineRows.Entry::type, TimelineRows.Entry::planned,
                        TimelineRows.Entry::deviation)
                .containsExactly(tuple("TenderPlanned", null, null), tuple("ContractPublished", LocalDate.of(2027, 1, 1), -2L));
    }

    @Test
    void givenATendersContractRecordedBeforePublicationsNamedTheirDay_whenItStartsOnTheDayItWasRecorded_thenItIsOneEntry() {
        tender(planned(List.of(S1)));

        contract(published("hgl-c1", new Route(RouteType.TENDER, TENDER.value(), null, null, null), LocalDate.of(2026, 7, 1), null));

        assertThat(rows.timeline("hgl-s1", "tender")).extracting(TimelineRows.Entry::date, TimelineRows.Entry::type,
                        TimelineRows.Entry::planned)
                .containsExactly(tuple(LocalDate.of(2025, 6, 19), "TenderPlanned", null),
                        tuple(LocalDate.of(2026, 7, 1), "ContractPublished", LocalDate.of(2027, 1, 1)));
    }

    @Test
    void givenAContractByOpenHouse_whenItIsPublished_thenItsStartIsNoEntryOfItsOwn() {
        contract(published("hgl-c1", new Route(RouteType.OPEN_HOUSE, null, null, null, null), LocalDate.of(2027, 1, 1),
                LocalDate.of(2026, 7, 3)));

        assertThat(rows.timeline("hgl-s1", "revision")).extracting(TimelineRows.Entry::type, TimelineRows.Entry::planned)
                .containsExactly(tuple("ContractPublished", null));
    }

    @Test
    void givenASummaryOneCharacterTooLongWhoseCutFallsInsideASurrogatePair_whenFitted_thenThePairIsLeftOutWhole() {
        String summary = "x".repeat(TimelineProjection.SUMMARY_LENGTH - 2) + "\uD83C\uDFE0" + "y";

        String fitted = TimelineProjection.fitted(summary);

        assertThat(fitted).isEqualTo("x".repeat(TimelineProjection.SUMMARY_LENGTH - 2) + "…");
        assertThat(TimelineProjection.fitted("x".repeat(TimelineProjection.SUMMARY_LENGTH))).hasSize(TimelineProjection.SUMMARY_LENGTH)
                .doesNotContain("…");
    }

    @Test
    void givenASegmentNeverDefined_whenItsTenderIsAwarded_thenTheSummaryNamesTheSegmentByItsId() {
        tender(planned(List.of(S1)));
        tender(new TenderAwardedEvent(TENDER, LocalDate.of(2026, 6, 26), List.of(new Winner(S1, THUISBASIS))));

        assertThat(rows.timeline("hgl-s1", "tender")).extracting(TimelineRows.Entry::summary)
                .endsWith("Tender awarded to hgl-thuisbasis for segment hgl-s1");
    }

    @Test
    void givenASegmentDefinedTwice_whenItIsNamed_thenTheFirstDefinitionsNameStands() {
        region(defined(S1, 1, "Jeugdhulp met verblijf"));
        region(defined(S1, 1, "Another name"));
        region(new ProcurementFormChosenEvent(REGION, S1, ProcurementForm.NEW_TENDER, LocalDate.of(2025, 6, 19), "AB 2025-06-19"));

        assertThat(rows.timeline("hgl-s1", "tender")).extracting(TimelineRows.Entry::summary)
                .containsExactly("Procurement form of segment 1 \"Jeugdhulp met verblijf\": NEW_TENDER");
    }

    @Test
    void givenAProviderNotRegistered_whenItSignsAContract_thenTheSummaryNamesItByItsId() {
        rows.subject("contract", "hgl-c1", "hgl-s1", "tender");

        contract(new ContractSignedEvent(ContractId.of("hgl-c1"), ProviderId.of("hgl-unknown"), LocalDate.of(2026, 7, 10)));

        assertThat(rows.timeline("hgl-s1", "tender")).extracting(TimelineRows.Entry::summary)
                .containsExactly("hgl-unknown signed contract hgl-c1");
    }

    @Test
    void givenAContractWithItsTendersId_whenItIsSigned_thenTheSigningIsInTheContractsTimelineNotTheTenders() {
        tender(planned(List.of(S1)));
        rows.subject("contract", TENDER.value(), "hgl-s1", "revision");

        contract(new ContractSignedEvent(ContractId.of(TENDER.value()), THUISBASIS, LocalDate.of(2026, 7, 10)));

        assertThat(rows.timeline("hgl-s1", "revision")).extracting(TimelineRows.Entry::type).containsExactly("ContractSigned");
        assertThat(rows.timeline("hgl-s1", "tender")).extracting(TimelineRows.Entry::type).containsExactly("TenderPlanned");
        assertThat(rows.planned("contract", TENDER.value(), TenderFacts.CONTRACTS_READY_BY)).as("the tender's plan only").isEmpty();
    }

    @Test
    void givenATenderForTwoSegments_whenABidArrives_thenItIsEnteredInTheTenderTimelineOfBoth() {
        tender(planned(List.of(S1, S2)));
        tender(new BidRegisteredEvent(TENDER, "bid-1", THUISBASIS, List.of(S1, S2), LocalDate.of(2026, 4, 28)));

        for (String segment : List.of("hgl-s1", "hgl-s2")) {
            assertThat(rows.timeline(segment, "tender")).extracting(TimelineRows.Entry::type)
                    .as(segment).containsExactly("TenderPlanned", "BidRegistered");
        }
        TimelineRows.Entry bidInOne = rows.timeline("hgl-s1", "tender").get(1);
        TimelineRows.Entry bidInTwo = rows.timeline("hgl-s2", "tender").get(1);
        assertThat(bidInOne.eventId()).as("one event, keyed by its id in both").isEqualTo(bidInTwo.eventId());
        assertThat(bidInOne.position()).isEqualTo(bidInTwo.position()).isEqualTo(position);
    }

    @Test
    void givenSegmentFiveMergedIntoOne_whenItsProductsMoveAndTheClosureArrives_thenBothTimelinesOfBothSegmentsSayItByName() {
        region(defined(S1, 1, "Jeugdhulp met verblijf"));
        region(defined(S5, 5, "Crisis"));
        region(new ProductsMovedEvent(REGION, List.of("45C51", "45C52"), S5, S1, LocalDate.of(2026, 1, 1), "AB 2025-06-19"));
        region(new SegmentClosedEvent(REGION, S5, S1, LocalDate.of(2026, 1, 1), "AB 2025-06-19"));

        for (String segment : List.of("hgl-s1", "hgl-s5")) {
            for (String kind : List.of("tender", "revision")) {
                assertThat(rows.timeline(segment, kind)).extracting(TimelineRows.Entry::summary).as(segment + " " + kind)
                        .containsExactly("Products 45C51, 45C52 moved from segment 5 \"Crisis\" to segment 1 \"Jeugdhulp met verblijf\"",
                                "Segment 5 \"Crisis\" closed and merged into segment 1 \"Jeugdhulp met verblijf\"");
            }
        }
        assertThat(rows.entries).allSatisfy(entry -> assertThat(entry.date()).isEqualTo(LocalDate.of(2026, 1, 1)));
    }

    @Test
    void givenARevisionWithAReadyByDate_whenAResponseIsAnsweredAndTheRevisionFinalisedEarly_thenTheRevisionTimelineNamesWhoRespondedAndTheDeviation() {
        projection.on(new ProviderRegisteredEvent(THUISBASIS, "Thuisbasis Verblijf", KvkNumber.of("61240115"), SizeClass.LARGE));
        revision(new RevisionOpenedEvent(REVISION, REGION, List.of(S2), List.of(ContractId.of("h10")), "new segments", 1,
                LocalDate.of(2027, 1, 1), new PlannedSchedule(null, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 15), null,
                LocalDate.of(2026, 7, 1)), 6, LocalDate.of(2026, 7, 1), LocalDate.of(2025, 9, 15)));
        revision(new ProviderResponseReceivedEvent(REVISION, "r-1", THUISBASIS, LocalDate.of(2026, 2, 5), 1, ResponseKind.OBJECTION,
                "too low", null));
        revision(new ProviderResponseAnsweredEvent(REVISION, "r-1", ResponseDecision.PARTLY_ADOPTED, "budget raised",
                LocalDate.of(2026, 2, 26)));
        revision(new ProviderResponseAnsweredEvent(REVISION, "r-unknown", ResponseDecision.NOT_ADOPTED, "no",
                LocalDate.of(2026, 2, 26)));
        revision(new RevisionFinalisedEvent(REVISION, LocalDate.of(2026, 5, 28), LocalDate.of(2026, 7, 1), false, null,
                List.of(ContractId.of("h10")), LocalDate.of(2027, 1, 1), "review clause", null, null, List.of(), List.of()));

        List<TimelineRows.Entry> timeline = rows.timeline("hgl-s2", "revision");
        assertThat(timeline).extracting(TimelineRows.Entry::summary).containsSubsequence(
                "OBJECTION from Thuisbasis Verblijf on text version 1, received in time: too low",
                "Response r-1 of Thuisbasis Verblijf answered: PARTLY_ADOPTED — budget raised",
                "Response r-unknown answered: NOT_ADOPTED — no");
        TimelineRows.Entry finalised = timeline.get(timeline.size() - 1);
        assertThat(finalised.planned()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(finalised.deviation()).isEqualTo(-34);
        assertThat(rows.timeline("hgl-s2", "tender")).isEmpty();
    }

    @Test
    void givenARevisionOfSegmentTwoForTheH10Agreement_whenTheAgreementIsRevisedAndAProviderLeavesOnNotice_thenBothSegmentsRevisionTimelinesShowIt() {
        rows.subject("contract", "h10", "hgl-h10", "revision");
        revision(new RevisionOpenedEvent(REVISION, REGION, List.of(S2), List.of(ContractId.of("h10")), "new segments", 1,
                LocalDate.of(2027, 1, 1), null, 6, LocalDate.of(2026, 7, 1), LocalDate.of(2025, 9, 15)));

        contract(new ContractRevisedEvent(ContractId.of("h10"), REVISION.value(), new ContractTerms(2, LocalDate.of(2027, 1, 1),
                List.of(), List.of(), List.of(), null, "review clause", REVISION.value())));
        contract(new ProviderAdmittedEvent(ContractId.of("h10"), ProviderId.of("schoolnabij"), LocalDate.of(2027, 1, 1),
                "QC-2026", REVISION.value()));
        contract(new ProviderAdmittedEvent(ContractId.of("h10"), ProviderId.of("other"), LocalDate.of(2027, 1, 1), "QC", null));
        contract(new ProviderWithdrewEvent(ContractId.of("h10"), THUISBASIS, LocalDate.of(2027, 1, 1), "gave notice",
                REVISION.value()));
        contract(new ProviderWithdrewEvent(ContractId.of("h10"), THUISBASIS, LocalDate.of(2027, 1, 1), "moved away", null));

        assertThat(rows.timeline("hgl-h10", "revision")).extracting(TimelineRows.Entry::type)
                .containsExactly("ContractRevised", "ProviderAdmitted", "ProviderAdmitted", "ProviderWithdrew", "ProviderWithdrew");
        assertThat(rows.timeline("hgl-s2", "revision")).extracting(TimelineRows.Entry::type).as("the revision's outcome only")
                .containsExactly("RevisionOpened", "ContractRevised", "ProviderAdmitted", "ProviderWithdrew");
        assertThat(rows.timeline("hgl-s2", "revision").get(2).summary())
                .isEqualTo("schoolnabij admitted to contract h10 by revision hgl-rev-2027-1");
        assertThat(rows.timeline("hgl-s2", "revision").subList(1, 4)).allSatisfy(entry -> {
            assertThat(entry.aggregateId()).isEqualTo("h10");
            assertThat(entry.date()).isEqualTo(LocalDate.of(2027, 1, 1));
        });
        assertThat(rows.timeline("hgl-s2", "revision").get(1).summary())
                .isEqualTo("Contract h10 revised by hgl-rev-2027-1: terms version 2 from 2027-01-01");
    }

    @Test
    void givenAContractForSegmentsOneAndFive_whenItsPartForSegmentFiveEnds_thenTheReadModelKeepsThatDayForSegmentFiveOnlyAndBothTimelinesSayIt() {
        rows.subject("contract", "zhz-inkoop-2022", "hgl-s1", "revision");
        rows.subject("contract", "zhz-inkoop-2022", "hgl-s5", "revision");
        region(defined(S5, 5, "Crisis"));

        contract(new SegmentPartEndedEvent(ContractId.of("zhz-inkoop-2022"), S5, LocalDate.of(2026, 1, 1), "segment 5 closes"));

        assertThat(rows.partEnds).containsExactly(Map.entry(List.of("zhz-inkoop-2022", "hgl-s5"), LocalDate.of(2026, 1, 1)));
        assertThat(rows.timeline("hgl-s1", "revision")).extracting(TimelineRows.Entry::summary)
                .containsExactlyElementsOf(rows.timeline("hgl-s5", "revision").stream().map(TimelineRows.Entry::summary).toList())
                .containsExactly("Part for segment 5 \"Crisis\" of contract zhz-inkoop-2022 ended: segment 5 closes");
    }

    @Test
    void givenAContractWhosePartForSegmentFiveEnded_whenItsLaterEventsArrive_thenTheyStandInSegmentOneOnlyAndEarlierOnesInBoth() {
        ContractId agreement = ContractId.of("zhz-inkoop-2022");
        rows.subject("contract", agreement.value(), "hgl-s1", "revision");
        rows.subject("contract", agreement.value(), "hgl-s5", "revision");
        contract(new SegmentPartEndedEvent(agreement, S5, LocalDate.of(2026, 1, 1), "segment 5 closes"));

        contract(new ContractSignedEvent(agreement, THUISBASIS, LocalDate.of(2025, 12, 31)));
        contract(new ContractSignedEvent(agreement, ProviderId.of("hgl-jeugdhof"), LocalDate.of(2026, 1, 1)));
        contract(new ContractSignedEvent(agreement, ProviderId.of("hgl-later"), LocalDate.of(2026, 1, 2)));
        contract(new KpiResultRecordedEvent(agreement, "kpi-crisis-24h", "2026-H1", new BigDecimal("91.5"), false));

        assertThat(rows.timeline("hgl-s5", "revision")).as("up to the day the part ends, that day included")
                .extracting(TimelineRows.Entry::type, TimelineRows.Entry::date).containsExactly(
                        tuple("SegmentPartEnded", LocalDate.of(2026, 1, 1)),
                        tuple("ContractSigned", LocalDate.of(2025, 12, 31)),
                        tuple("ContractSigned", LocalDate.of(2026, 1, 1)));
        assertThat(rows.timeline("hgl-s1", "revision")).extracting(TimelineRows.Entry::type, TimelineRows.Entry::date).containsExactly(
                tuple("SegmentPartEnded", LocalDate.of(2026, 1, 1)),
                tuple("ContractSigned", LocalDate.of(2025, 12, 31)),
                tuple("ContractSigned", LocalDate.of(2026, 1, 1)),
                tuple("ContractSigned", LocalDate.of(2026, 1, 2)),
                tuple("KpiResultRecorded", LocalDate.of(2026, 7, 1)));
    }

    @Test
    void givenAnEventWithoutABusinessDate_whenItIsEntered_thenItsDateIsTheDayItWasRecordedOnInTheNetherlands() {
        rows.subject("contract", "hgl-c1", "hgl-s1", "revision");

        ContractEvent missed = new FinancialConsequenceImposedEvent(ContractId.of("hgl-c1"), "kpi-1", "2026-Q1", "2% of the tariff");
        projection.on(missed, message(missed), Instant.parse("2026-03-31T22:30:00Z"), "procurement");

        assertThat(rows.timeline("hgl-s1", "revision")).singleElement().satisfies(entry -> {
            assertThat(entry.date()).as("00:30 on 1 April in Amsterdam").isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(entry.summary()).isEqualTo("KPI kpi-1 missed in 2026-Q1: 2% of the tariff");
        });
    }

    @Test
    void givenAnOpenHouseContract_whenItsTariffsACapAKpiAndTwoResultsAreRecorded_thenEachIsAnEntryOfItsTimelineWordedInOneLine() {
        rows.subject("contract", "hgl-c1", "hgl-s1", "revision");
        rows.name(TimelineRows.PROVIDER, THUISBASIS.value(), "Thuisbasis Verblijf");
        ContractId contract = ContractId.of("hgl-c1");
        List<TariffLine> fiveProducts = List.of(tariff("45A01", "2027.00"), tariff("45A02", "80.5"), tariff("45A03", "1234567.89"),
                tariff("45A04", "1.00"), tariff("45A05", "2.00"));

        contract(new TariffsSetEvent(contract, 2027, fiveProducts));
        contract(new TariffsSetEvent(contract, 2028, List.of(tariff("45A01", "2100.00"))));
        contract(new SpendingCapSetEvent(contract, THUISBASIS, 2027, Amount.parse("250000.00", "amount")));
        contract(new KpiAgreedEvent(contract, new Kpi("kpi-crisis-24h", "A crisis placement within 24 hours",
                new KpiTarget(KpiComparison.AT_LEAST, new BigDecimal("95")), "a 2% reduction of the crisis surcharge"),
                LocalDate.of(2025, 10, 1)));
        contract(new KpiResultRecordedEvent(contract, "kpi-crisis-24h", "2026-H1", new BigDecimal("91.5"), false));
        contract(new FinancialConsequenceImposedEvent(contract, "kpi-crisis-24h", "2026-H1", "a 2% reduction of the crisis surcharge"));
        contract(new KpiResultRecordedEvent(contract, "kpi-crisis-24h", "2026-H2", new BigDecimal("96"), true));

        assertThat(rows.timeline("hgl-s1", "revision")).as("in the order written; the agreement's own date, the others the day recorded")
                .extracting(TimelineRows.Entry::date, TimelineRows.Entry::type, TimelineRows.Entry::summary).containsExactly(
                tuple(LocalDate.of(2026, 7, 1), "TariffsSet", "Tariffs of contract hgl-c1 for 2027 set: 45A01 € 2,027.00, "
                        + "45A02 € 80.50, 45A03 € 1,234,567.89 and 2 more"),
                tuple(LocalDate.of(2026, 7, 1), "TariffsSet", "Tariffs of contract hgl-c1 for 2028 set: 45A01 € 2,100.00"),
                tuple(LocalDate.of(2026, 7, 1), "SpendingCapSet", "Spending cap of Thuisbasis Verblijf on contract hgl-c1 for 2027: "
                        + "€ 250,000.00"),
                tuple(LocalDate.of(2025, 10, 1), "KpiAgreed", "KPI kpi-crisis-24h agreed on contract hgl-c1: at least 95; missing it "
                        + "costs a 2% reduction of the crisis surcharge"),
                tuple(LocalDate.of(2026, 7, 1), "KpiResultRecorded", "KPI kpi-crisis-24h result for 2026-H1: 91.5, target missed"),
                tuple(LocalDate.of(2026, 7, 1), "FinancialConsequenceImposed",
                        "KPI kpi-crisis-24h missed in 2026-H1: a 2% reduction of the crisis surcharge"),
                tuple(LocalDate.of(2026, 7, 1), "KpiResultRecorded", "KPI kpi-crisis-24h result for 2026-H2: 96, target met"));
    }

    private static TariffLine tariff(String productCode, String amount) {
        return new TariffLine(productCode, Amount.parse(amount, "amount"));
    }

    private static SegmentDefinedEvent defined(SegmentId segment, int number, String name) {
        return new SegmentDefinedEvent(REGION, segment, number, name, null, List.of(), ProcurementForm.NEW_TENDER, FundingForm.TASK_BASED,
                List.of(), LocalDate.of(2025, 6, 19));
    }

    private static TenderPlannedEvent planned(List<SegmentId> segments) {
        PlannedMilestones milestones = new PlannedMilestones(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30),
                LocalDate.of(2027, 1, 1));
        return new TenderPlannedEvent(TENDER, REGION, segments, "Jeugdhulp met verblijf 2027", Amount.parse("48058090.00", "value"),
                milestones, 20, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 6, 21), LocalDate.of(2025, 6, 19));
    }

    /** A general agreement for segments 1 and 2 from {@code startsOn} to the end of 2032, by the route given. */
    private static ContractPublishedEvent published(String id, Route route, LocalDate startsOn, LocalDate publishedOn) {
        return new ContractPublishedEvent(ContractId.of(id), REGION, List.of(S1, S2), ContractKind.GENERAL_AGREEMENT,
                "Overeenkomst verblijf", route, startsOn, LocalDate.of(2032, 12, 31), LocalDate.of(2032, 12, 31), List.of(),
                "TASK_BASED", null, null, null, publishedOn);
    }

    private void tender(TenderEvent event) {
        projection.on(event, message(event), RECORDED, "procurement");
    }

    private void revision(RevisionEvent event) {
        projection.on(event, message(event), RECORDED, "legal");
    }

    private void contract(ContractEvent event) {
        projection.on(event, message(event), RECORDED, "procurement");
    }

    private void region(RegionEvent event) {
        projection.on(event, message(event), RECORDED, "procurement");
    }

    private EventMessage<?> message(Object payload) {
        return GenericEventMessage.asEventMessage(payload).andMetaData(Map.of(Positions.KEY, ++position));
    }
}
