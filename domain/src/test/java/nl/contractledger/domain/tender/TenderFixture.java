package nl.contractledger.domain.tender;

import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.provider.ProviderLookup;
import nl.contractledger.domain.region.Membership;
import nl.contractledger.domain.region.ProcurementForm;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.region.RegionLookup;
import nl.contractledger.domain.region.SegmentStanding;
import nl.contractledger.domain.region.RegionPolicy;
import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.domain.shared.AlgemeneTermijnenwet;
import nl.contractledger.domain.shared.DocumentRef;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Haaglanden 2027 tender for segment 1 ([000]), with the region and providers it consults. */
final class TenderFixture {

    static final LocalDate PLANNED_ON = LocalDate.of(2025, 6, 19);
    static final TenderId TENDER = TenderId.of("hgl-2027-s1");
    static final RegionId HAAGLANDEN = RegionId.of("haaglanden");
    static final SegmentId S1 = SegmentId.of("hgl-s1");
    static final SegmentId S2 = SegmentId.of("hgl-s2");
    static final SegmentId S5 = SegmentId.of("hgl-s5");
    /** A segment whose closure is recorded, taking effect on 1 January 2026. */
    static final SegmentId CLOSING = SegmentId.of("hgl-s6");
    static final ProviderId YOUZ = ProviderId.of("youz");
    static final ProviderId HORIZON = ProviderId.of("horizon");
    static final ProviderId UNKNOWN = ProviderId.of("unknown");
    static final DocumentRef DOCUMENTS = new DocumentRef("Aanbestedingsleidraad segment 1", "a".repeat(64));
    static final LocalDate PUBLISHED = LocalDate.of(2026, 2, 2);
    static final LocalDate DEADLINE = LocalDate.of(2026, 5, 1);
    static final LocalDate DECIDED = LocalDate.of(2026, 6, 11);
    static final LocalDate STANDSTILL_ENDS = LocalDate.of(2026, 7, 1);

    private TenderFixture() {
    }

    static AggregateTestFixture<Tender> fixture() {
        AggregateTestFixture<Tender> fixture = new AggregateTestFixture<>(Tender.class);
        fixture.registerInjectableResource(regions());
        fixture.registerInjectableResource((ProviderLookup) provider -> !provider.equals(UNKNOWN));
        fixture.registerInjectableResource(AlgemeneTermijnenwet.withoutDecrees());
        return fixture;
    }

    static RegionLookup regions() {
        Map<SegmentId, ProcurementForm> forms = Map.of(S1, ProcurementForm.NEW_TENDER, S2, ProcurementForm.NEW_TENDER,
                S5, ProcurementForm.REVISION);
        return new RegionLookup() {
            @Override
            public Optional<RegionPolicy> policy(RegionId regionId) {
                return regionId.equals(HAAGLANDEN) ? Optional.of(RegionPolicy.defaults()) : Optional.empty();
            }

            @Override
            public Optional<SegmentStanding> segment(RegionId regionId, SegmentId segmentId) {
                if (regionId.equals(HAAGLANDEN) && segmentId.equals(CLOSING)) {
                    return Optional.of(new SegmentStanding(ProcurementForm.NEW_TENDER, LocalDate.of(2026, 1, 1)));
                }
                return regionId.equals(HAAGLANDEN) ? Optional.ofNullable(forms.get(segmentId)).map(SegmentStanding::open)
                        : Optional.empty();
            }

            @Override
            public Optional<Membership> membershipOn(RegionId regionId, String municipality, LocalDate date) {
                return Optional.of(new Membership(municipality, null, null));
            }
        };
    }

    static PlannedMilestones plan() {
        return new PlannedMilestones(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 1, 20), PUBLISHED, DEADLINE,
                DECIDED, LocalDate.of(2026, 7, 2), LocalDate.of(2027, 1, 1));
    }

    static TenderPlannedEvent planned() {
        return new TenderPlannedEvent(TENDER, HAAGLANDEN, List.of(S1, S2), "Jeugdhulp met verblijf 2027", null, plan(),
                20, LocalDate.of(2026, 7, 1), STANDSTILL_ENDS, PLANNED_ON);
    }

    static Object[] open() {
        return new Object[]{planned(), new MarketConsultationStartedEvent(TENDER, LocalDate.of(2025, 10, 1)),
                new TenderDocumentsApprovedEvent(TENDER, LocalDate.of(2026, 1, 20), "AB 2026-01", DOCUMENTS),
                new TenderPublishedEvent(TENDER, PUBLISHED, DEADLINE, DOCUMENTS)};
    }

    static Object[] evaluating() {
        return concat(open(), new BidRegisteredEvent(TENDER, "bid-youz", YOUZ, List.of(S1), LocalDate.of(2026, 4, 28)),
                new BidRegisteredEvent(TENDER, "bid-horizon", HORIZON, List.of(S1, S2), LocalDate.of(2026, 4, 30)),
                new SubmissionsClosedEvent(TENDER, DEADLINE));
    }

    static List<Winner> winners() {
        return List.of(new Winner(S1, YOUZ), new Winner(S2, HORIZON));
    }

    static Object[] standstill() {
        return concat(evaluating(), new AwardDecidedEvent(TENDER, DECIDED, winners(), "best price-quality", 20,
                STANDSTILL_ENDS));
    }

    static Object[] concat(Object[] first, Object... more) {
        Object[] all = new Object[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

}
