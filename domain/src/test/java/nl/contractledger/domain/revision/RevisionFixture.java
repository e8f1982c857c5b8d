package nl.contractledger.domain.revision;

import nl.contractledger.domain.contract.ContractId;
import nl.contractledger.domain.contract.ContractKind;
import nl.contractledger.domain.contract.ContractLookup;
import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.provider.ProviderLookup;
import nl.contractledger.domain.region.Membership;
import nl.contractledger.domain.region.ProcurementForm;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.region.RegionLookup;
import nl.contractledger.domain.region.SegmentStanding;
import nl.contractledger.domain.region.RegionPolicy;
import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.domain.shared.DocumentRef;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Haaglanden revision of segment 5 for 2027 ([000]), and stand-ins for what it asks of others. */
final class RevisionFixture {

    static final LocalDate OPENED_ON = LocalDate.of(2025, 9, 15);
    static final RevisionId REVISION = RevisionId.of("hgl-2027-rev-s5");
    static final RegionId HAAGLANDEN = RegionId.of("haaglanden");
    static final SegmentId S5 = SegmentId.of("hgl-s5");
    static final SegmentId S1 = SegmentId.of("hgl-s1");
    static final ContractId CONTRACT = ContractId.of("hgl-2021-s5");
    static final ProviderId YOUZ = ProviderId.of("youz");
    static final ProviderId OUTSIDER = ProviderId.of("outsider");
    static final LocalDate EFFECTIVE = LocalDate.of(2027, 1, 1);
    static final LocalDate READY_BY = LocalDate.of(2026, 7, 1);
    static final LocalDate PRESENTED = LocalDate.of(2026, 1, 15);
    static final LocalDate DEADLINE = LocalDate.of(2026, 2, 15);
    /**
     * The contracts a revision may name: segment 5's agreement of 2021 running through 2030, one that ended in 2025
     * and one of another region.
     */
    static final Map<String, ContractLookup.Outline> CONTRACTS = Map.of(
            CONTRACT.value(), new ContractLookup.Outline(HAAGLANDEN, ContractKind.GENERAL_AGREEMENT,
                    LocalDate.of(2021, 1, 1), LocalDate.of(2030, 12, 31), null),
            "old", new ContractLookup.Outline(HAAGLANDEN, ContractKind.GENERAL_AGREEMENT, LocalDate.of(2021, 1, 1),
                    LocalDate.of(2025, 12, 31), null),
            "zhz-2022", new ContractLookup.Outline(RegionId.of("zuid-holland-zuid"), ContractKind.GENERAL_AGREEMENT,
                    LocalDate.of(2022, 1, 1), LocalDate.of(2027, 12, 31), null));
    static final DocumentRef TEXT = new DocumentRef("Herzieningstekst segment 5", "d".repeat(64));
    /** A provider's letter with its response. */
    static final DocumentRef LETTER = new DocumentRef("Zienswijze Youz", "e".repeat(64));

    private RevisionFixture() {
    }

    /** An in-memory stand-in for the open-revision register. */
    static final class Register implements OpenRevisions {
        final Map<ContractId, RevisionId> holders = new HashMap<>();

        @Override
        public Optional<RevisionId> holderOf(ContractId contractId) {
            return Optional.ofNullable(holders.get(contractId));
        }

        @Override
        public void claim(RevisionId revisionId, List<ContractId> contractIds) {
            contractIds.forEach(contract -> holders.put(contract, revisionId));
        }

        @Override
        public void release(RevisionId revisionId) {
            holders.values().removeIf(revisionId::equals);
        }
    }

    static AggregateTestFixture<RevisionProcedure> fixture(Register register) {
        AggregateTestFixture<RevisionProcedure> fixture = new AggregateTestFixture<>(RevisionProcedure.class);
        fixture.registerInjectableResource(register);
        fixture.registerInjectableResource((ProviderLookup) provider -> true);
        fixture.registerInjectableResource(new RegionLookup() {
            @Override
            public Optional<RegionPolicy> policy(RegionId regionId) {
                return Optional.of(RegionPolicy.defaults());
            }

            @Override
            public Optional<SegmentStanding> segment(RegionId regionId, SegmentId segmentId) {
                return Optional.of(SegmentStanding.open(segmentId.equals(S5) ? ProcurementForm.REVISION : ProcurementForm.NEW_TENDER));
            }

            @Override
            public Optional<Membership> membershipOn(RegionId regionId, String municipality, LocalDate date) {
                return Optional.of(new Membership(municipality, null, null));
            }
        });
        fixture.registerInjectableResource(new ContractLookup() {
            @Override
            public Optional<Outline> outline(ContractId contractId) {
                return Optional.ofNullable(CONTRACTS.get(contractId.value()));
            }

            @Override
            public boolean isParty(ContractId contractId, ProviderId providerId) {
                return !providerId.equals(OUTSIDER);
            }
        });
        return fixture;
    }

    static OpenRevisionCommand open(RevisionId id, int sequence) {
        return new OpenRevisionCommand(id, HAAGLANDEN, List.of(S5), List.of(CONTRACT), "segment 5 from 2027", sequence,
                EFFECTIVE, new PlannedSchedule(LocalDate.of(2025, 10, 1), PRESENTED, DEADLINE,
                LocalDate.of(2026, 3, 15), READY_BY), OPENED_ON);
    }

    static RevisionOpenedEvent opened() {
        OpenRevisionCommand command = open(REVISION, 1);
        return new RevisionOpenedEvent(REVISION, HAAGLANDEN, List.of(S5), List.of(CONTRACT), command.reason(), 1,
                EFFECTIVE, command.plannedSchedule(), 6, READY_BY, OPENED_ON);
    }

    static Object[] presented() {
        return new Object[]{opened(), new RevisionTextPresentedEvent(REVISION, 1, TEXT, PRESENTED, DEADLINE)};
    }

    static ProviderResponseReceivedEvent response(String id, ResponseKind kind) {
        return new ProviderResponseReceivedEvent(REVISION, id, YOUZ, LocalDate.of(2026, 2, 10), 1, kind, "about tariffs", null);
    }

    static Object[] published(Object... before) {
        Object[] history = new Object[before.length + 4];
        history[0] = opened();
        history[1] = new RevisionTextPresentedEvent(REVISION, 1, TEXT, PRESENTED, DEADLINE);
        System.arraycopy(before, 0, history, 2, before.length);
        history[before.length + 2] = new ResponsesClosedEvent(REVISION, DEADLINE);
        history[before.length + 3] = new RevisedAgreementPublishedEvent(REVISION, LocalDate.of(2026, 3, 16), TEXT,
                "Aw 2.163c", null);
        return history;
    }
}
