package nl.contractledger.domain.contract;

import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.provider.ProviderLookup;
import nl.contractledger.domain.region.Membership;
import nl.contractledger.domain.region.ProcurementForm;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.region.RegionLookup;
import nl.contractledger.domain.region.SegmentStanding;
import nl.contractledger.domain.region.RegionPolicy;
import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.domain.shared.Amount;
import nl.contractledger.domain.shared.DocumentRef;
import nl.contractledger.domain.tender.TenderLookup;
import nl.contractledger.domain.tender.Winner;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** H10's development agreement of 2021 [003] and Zuid-Holland Zuid's general agreement of 2022 [004]. */
final class ContractFixture {

    static final LocalDate PUBLISHED_ON = LocalDate.of(2020, 7, 1);
    static final RegionId H10 = RegionId.of("haaglanden");
    static final ContractId DEVELOPMENT = ContractId.of("h10-ontwikkel-2021");
    static final ContractId ZHZ = ContractId.of("zhz-2022");
    static final SegmentId S1 = SegmentId.of("hgl-s1");
    /** Closed on 2026-01-01 (the region answers so). */
    static final SegmentId S5 = SegmentId.of("zhz-s5");
    static final ProviderId YOUZ = ProviderId.of("youz");
    static final DocumentRef DOCUMENT = new DocumentRef("Ontwikkelovereenkomst", "c".repeat(64));
    static final LocalDate START_2021 = LocalDate.of(2021, 1, 1);
    static final LocalDate END_2022 = LocalDate.of(2022, 12, 31);
    static final LocalDate MAX_END = LocalDate.of(2026, 12, 31);
    static final ReviewClause CLAUSE = new ReviewClause("art-12", "Tariffs are reviewed yearly");
    static final LocalDate VOORSCHOTEN_LEFT = LocalDate.of(2024, 1, 1);
    /**
     * The contracts a result agreement may name as its parent: the development agreement to 2022, one to 2026, that one
     * terminated from 2022-07-01, a general agreement of the same region and a development agreement of another.
     */
    static final Map<String, ContractLookup.Outline> PARENTS = Map.of(
            DEVELOPMENT.value(), new ContractLookup.Outline(H10, ContractKind.DEVELOPMENT_AGREEMENT, START_2021, END_2022, null),
            "long-parent", new ContractLookup.Outline(H10, ContractKind.DEVELOPMENT_AGREEMENT, START_2021, MAX_END, null),
            "terminated-parent", new ContractLookup.Outline(H10, ContractKind.DEVELOPMENT_AGREEMENT, START_2021, MAX_END,
                    LocalDate.of(2022, 7, 1)),
            "general-parent", new ContractLookup.Outline(H10, ContractKind.GENERAL_AGREEMENT, START_2021, MAX_END, null),
            "zhz-parent", new ContractLookup.Outline(RegionId.of("zuid-holland-zuid"), ContractKind.DEVELOPMENT_AGREEMENT,
                    START_2021, MAX_END, null));
    static final Kpi WAITING_TIME = new Kpi("kpi-waiting", "Waiting time at most 6 weeks",
            new KpiTarget(KpiComparison.AT_MOST, new BigDecimal("6")), "1% of the yearly turnover");

    private ContractFixture() {
    }

    static AggregateTestFixture<Contract> fixture() {
        AggregateTestFixture<Contract> fixture = new AggregateTestFixture<>(Contract.class);
        fixture.registerInjectableResource(regions());
        fixture.registerInjectableResource((TenderLookup) tender -> tender.value().equals("awarded")
                ? Optional.of(List.of(new Winner(S1, YOUZ))) : Optional.empty());
        fixture.registerInjectableResource(new ContractLookup() {
            @Override
            public Optional<Outline> outline(ContractId contract) {
                return Optional.ofNullable(PARENTS.get(contract.value()));
            }

            @Override
            public boolean isParty(ContractId contract, ProviderId provider) {
                return true;
            }
        });
        fixture.registerInjectableResource(new RevisionLookup() {
            @Override
            public boolean isFinalisedNaming(String revisionId, ContractId contractId) {
                return revisionId.equals("final");
            }

            @Override
            public Optional<RegionId> regionOf(String revisionId) {
                return switch (revisionId) {
                    case "final", "open" -> Optional.of(H10);
                    case "zhz-revision" -> Optional.of(RegionId.of("zuid-holland-zuid"));
                    default -> Optional.empty();
                };
            }
        });
        fixture.registerInjectableResource((ProviderLookup) provider -> !provider.value().equals("unknown"));
        return fixture;
    }

    static RegionLookup regions() {
        return new RegionLookup() {
            @Override
            public Optional<RegionPolicy> policy(RegionId regionId) {
                return Optional.of(RegionPolicy.defaults());
            }

            @Override
            public Optional<SegmentStanding> segment(RegionId regionId, SegmentId segmentId) {
                if (segmentId.equals(S1)) {
                    return Optional.of(SegmentStanding.open(ProcurementForm.OPEN_HOUSE));
                }
                return segmentId.equals(S5)
                        ? Optional.of(new SegmentStanding(ProcurementForm.OPEN_HOUSE, LocalDate.of(2026, 1, 1)))
                        : Optional.empty();
            }

            @Override
            public Optional<Membership> membershipOn(RegionId regionId, String municipality, LocalDate date) {
                if (!municipality.equals("Voorschoten")) {
                    return Optional.of(new Membership(municipality, null, null));
                }
                return date.isBefore(VOORSCHOTEN_LEFT) ? Optional.of(new Membership(municipality, null, VOORSCHOTEN_LEFT))
                        : Optional.empty();
            }
        };
    }

    static PublishContractCommand development(Route route) {
        return new PublishContractCommand(DEVELOPMENT, H10, List.of(S1), ContractKind.DEVELOPMENT_AGREEMENT,
                "Ontwikkelovereenkomst H10", route, START_2021, END_2022, MAX_END,
                List.of(new ExtensionOption(12), new ExtensionOption(12), new ExtensionOption(12), new ExtensionOption(12)),
                "TASK_BASED", List.of(new ContractProduct("45A01", "45", "day", Amount.parse("120.50", "tariff"))),
                List.of(CLAUSE), DOCUMENT, null, null, PUBLISHED_ON);
    }

    static ContractPublishedEvent published() {
        PublishContractCommand command = development(openHouse());
        return new ContractPublishedEvent(DEVELOPMENT, H10, List.of(S1), ContractKind.DEVELOPMENT_AGREEMENT,
                command.title(), openHouse(), START_2021, END_2022, MAX_END, command.extensionOptions(), "TASK_BASED",
                new ContractTerms(1, START_2021, command.products(), List.of(), List.of(CLAUSE), DOCUMENT, null, null),
                null, null, PUBLISHED_ON);
    }

    /** The development agreement as if the tender "awarded" had awarded it: segment 1 to Youz. */
    static ContractPublishedEvent publishedByTender() {
        ContractPublishedEvent e = published();
        return new ContractPublishedEvent(e.contractId(), e.regionId(), e.segmentIds(), e.kind(), e.title(),
                new Route(RouteType.TENDER, "awarded", null, null, null), e.startsOn(), e.endsOn(), e.maxEndOn(),
                e.extensionOptions(), e.fundingForm(), e.terms(), null, null, e.publishedOn());
    }

    static Route openHouse() {
        return new Route(RouteType.OPEN_HOUSE, null, null, null, null);
    }

    static ContractExtendedEvent option(LocalDate from, LocalDate to, int number) {
        return new ContractExtendedEvent(DEVELOPMENT, from, to,
                new ExtensionBasis(ExtensionBasisType.OPTION, number, null, null, null), null, null);
    }
}
