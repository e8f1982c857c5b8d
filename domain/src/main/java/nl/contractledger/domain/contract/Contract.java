package nl.contractledger.domain.contract;

import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.provider.ProviderLookup;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.region.RegionLookup;
import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.domain.shared.ErrorCode;
import nl.contractledger.domain.shared.Require;
import nl.contractledger.domain.shared.RuleViolation;
import nl.contractledger.domain.tender.TenderLookup;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An agreement published by a region for one or more segments, with versioned terms (DOMAIN.md §3.4).
 * Its status follows from business dates; a terminated or expired contract takes no changes. Its revision names the
 * shape of its snapshots: a snapshot of another revision is passed over and the contract is loaded from its events.
 */
@Revision("2")
public class Contract {

    @AggregateIdentifier
    private ContractId contractId;
    private RegionId regionId;
    private ContractKind kind;
    private Route route;
    private List<SegmentId> segmentIds = new ArrayList<>();
    private Set<SegmentId> endedSegments = new HashSet<>();
    private LocalDate startsOn;
    private LocalDate endsOn;
    private LocalDate maxEndOn;
    private List<ExtensionOption> extensionOptions = new ArrayList<>();
    private int optionsUsed;
    private List<ContractTerms> versions = new ArrayList<>();
    private Parties parties = new Parties();
    private List<Kpi> kpis = new ArrayList<>();
    private LocalDate terminatedOn;

    protected Contract() {
        // for Axon
    }

    /** A creation handler on an instance, so that the aggregate has one constructor, for snapshots too. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public void handle(PublishContractCommand command, RegionLookup regions, TenderLookup tenders,
                       ContractLookup contracts, RevisionLookup revisions) {
        apply(ContractPublication.check(command, regions, tenders, contracts, revisions));
    }

    @CommandHandler
    public void handle(AdmitProviderCommand command, ProviderLookup providers, TenderLookup tenders) {
        requireChangeableOn(Require.present(command.admittedOn(), "admittedOn"));
        parties.requireNewParty(Require.present(command.providerId(), "providerId"), providers);
        if (command.revisionId() == null) {
            AwardedParties.requireWinner(route, segmentIds, command.providerId(), tenders);
        }
        apply(new ProviderAdmittedEvent(contractId, command.providerId(), command.admittedOn(),
                Require.text(command.qualityCheckRef(), "qualityCheckRef", 200), command.revisionId()));
    }

    @CommandHandler
    public void handle(SignContractCommand command, ProviderLookup providers, TenderLookup tenders) {
        requireChangeableOn(Require.present(command.signedOn(), "signedOn"));
        parties.requireMaySign(Require.present(command.providerId(), "providerId"), providers);
        AwardedParties.requireWinner(route, segmentIds, command.providerId(), tenders);
        apply(new ContractSignedEvent(contractId, command.providerId(), command.signedOn()));
    }

    @CommandHandler
    public void handle(ReviseContractCommand command, RevisionLookup revisions) {
        LocalDate effectiveOn = Require.present(command.effectiveOn(), "effectiveOn");
        requireChangeableOn(effectiveOn);
        String revisionId = Require.text(command.revisionId(), "revisionId", 64);
        if (versions.stream().anyMatch(terms -> revisionId.equals(terms.revisionId()))) {
            return; // this revision was applied before: a repeated delivery changes nothing
        }
        if (!revisions.isFinalisedNaming(revisionId, contractId)) {
            throw new RuleViolation(ErrorCode.REVISION_NOT_FINALISED, "revisionId", "revision procedure " + revisionId
                    + " is not finalised for this contract", Map.of("revisionId", revisionId));
        }
        ContractTerms current = current();
        Require.notBefore(effectiveOn, current.effectiveOn(), "effectiveOn", "the terms in force since");
        apply(new ContractRevisedEvent(contractId, revisionId, new ContractTerms(current.version() + 1, effectiveOn,
                command.products() == null ? current.products() : command.products(),
                command.kpis() == null ? current.kpis() : command.kpis(),
                command.reviewClauses() == null ? current.reviewClauses() : command.reviewClauses(),
                command.document() == null ? current.document() : command.document(),
                Require.text(command.legalBasis(), "legalBasis", 500), revisionId)));
    }

    @CommandHandler
    public void handle(ExtendContractCommand command) {
        requireNotTerminated();
        if (command.decidedOn() != null) {
            requireChangeableOn(command.decidedOn());
        }
        apply(Extension.check(command, contractId, endsOn, maxEndOn, extensionOptions, optionsUsed, current()));
    }

    @CommandHandler
    public void handle(SetTariffsCommand command) {
        requireNotTerminated();
        requireYear(command.year());
        List<TariffLine> tariffs = Require.present(command.tariffs(), "tariffs");
        tariffs.forEach(line -> {
            if (!current().hasProduct(Require.text(line.productCode(), "tariffs[].productCode", 50))) {
                throw new RuleViolation(ErrorCode.PRODUCT_NOT_IN_CONTRACT, "tariffs", "product " + line.productCode()
                        + " is not in the contract's terms", Map.of("productCode", line.productCode()));
            }
            Require.present(line.amount(), "tariffs[].amount");
        });
        apply(new TariffsSetEvent(contractId, command.year(), List.copyOf(tariffs)));
    }

    @CommandHandler
    public void handle(SetSpendingCapCommand command) {
        requireNotTerminated();
        requireYear(command.year());
        parties.requireParty(Require.present(command.providerId(), "providerId"));
        apply(new SpendingCapSetEvent(contractId, command.providerId(), command.year(),
                Require.present(command.amount(), "amount")));
    }

    @CommandHandler
    public void handle(AgreeKpiCommand command) {
        requireNotTerminated();
        Kpi kpi = Kpis.valid(Require.present(command.kpi(), "kpi"), kpis);
        apply(new KpiAgreedEvent(contractId, kpi, command.agreedOn()));
    }

    @CommandHandler
    public void handle(RecordKpiResultCommand command) {
        requireNotTerminated();
        Kpi kpi = Kpis.find(kpis, Require.text(command.kpiId(), "kpiId", 64));
        String period = Require.text(command.period(), "period", 20);
        boolean met = Kpis.met(kpi, Require.present(command.value(), "value"));
        apply(new KpiResultRecordedEvent(contractId, kpi.kpiId(), period, command.value(), met));
        if (!met) {
            apply(new FinancialConsequenceImposedEvent(contractId, kpi.kpiId(), period, kpi.consequence()));
        }
    }

    @CommandHandler
    public void handle(EndSegmentPartCommand command) {
        requireChangeableOn(Require.present(command.effectiveOn(), "effectiveOn"));
        SegmentId segment = Require.present(command.segmentId(), "segmentId");
        if (!segmentIds.contains(segment) || endedSegments.contains(segment)) {
            throw new RuleViolation(ErrorCode.SEGMENT_NOT_IN_CONTRACT, "segmentId", "the contract has no running part "
                    + "for segment " + segment, Map.of("segmentId", segment.value()));
        }
        apply(new SegmentPartEndedEvent(contractId, segment, command.effectiveOn(),
                Require.text(command.reason(), "reason", 2000)));
    }

    @CommandHandler
    public void handle(WithdrawProviderCommand command) {
        requireChangeableOn(Require.present(command.effectiveOn(), "effectiveOn"));
        parties.requireParty(Require.present(command.providerId(), "providerId"));
        apply(new ProviderWithdrewEvent(contractId, command.providerId(), command.effectiveOn(),
                Require.text(command.reason(), "reason", 2000), command.revisionId()));
    }

    @CommandHandler
    public void handle(TerminateContractCommand command) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw new RuleViolation(ErrorCode.TERMINATION_REASON_REQUIRED, "reason",
                    "a contract is terminated with a reason", Map.of());
        }
        requireChangeableOn(Require.present(command.effectiveOn(), "effectiveOn"));
        apply(new ContractTerminatedEvent(contractId, command.effectiveOn(), Require.text(command.reason(), "reason", 2000)));
    }

    @EventSourcingHandler
    void on(ContractPublishedEvent event) {
        contractId = event.contractId();
        regionId = event.regionId();
        kind = event.kind();
        route = event.route();
        segmentIds = new ArrayList<>(event.segmentIds());
        startsOn = event.startsOn();
        endsOn = event.endsOn();
        maxEndOn = event.maxEndOn();
        extensionOptions = new ArrayList<>(event.extensionOptions());
        versions.add(event.terms());
    }

    @EventSourcingHandler
    void on(ProviderAdmittedEvent event) {
        parties.joined(event.providerId());
    }

    @EventSourcingHandler
    void on(ContractSignedEvent event) {
        parties.signed(event.providerId());
    }

    @EventSourcingHandler
    void on(ContractRevisedEvent event) {
        versions.add(event.terms());
    }

    @EventSourcingHandler
    void on(ContractExtendedEvent event) {
        endsOn = event.newEndsOn();
        if (event.basis().type() == ExtensionBasisType.OPTION) {
            optionsUsed++;
        }
    }

    @EventSourcingHandler
    void on(KpiAgreedEvent event) {
        kpis.add(event.kpi());
    }

    @EventSourcingHandler
    void on(SegmentPartEndedEvent event) {
        endedSegments.add(event.segmentId());
    }

    @EventSourcingHandler
    void on(ProviderWithdrewEvent event) {
        parties.withdrew(event.providerId());
    }

    @EventSourcingHandler
    void on(ContractTerminatedEvent event) {
        terminatedOn = event.effectiveOn();
    }

    /** The terms version in force on a business date (version 1 before any revision takes effect). */
    public ContractTerms termsInForceOn(LocalDate date) {
        return versions.stream().filter(terms -> !terms.effectiveOn().isAfter(date)).reduce((first, second) -> second)
                .orElse(versions.get(0));
    }

    public boolean isParty(ProviderId providerId) {
        return parties.isParty(providerId);
    }

    public ContractLookup.Outline outline() {
        return new ContractLookup.Outline(regionId, kind, startsOn, endsOn, terminatedOn);
    }

    private ContractTerms current() {
        return versions.get(versions.size() - 1);
    }

    private static void requireYear(int year) {
        if (year < 1990 || year > 2100) {
            throw Require.invalid("year", "year must lie between 1990 and 2100");
        }
    }

    private void requireNotTerminated() {
        if (terminatedOn != null) {
            throw new RuleViolation(ErrorCode.CONTRACT_NOT_ACTIVE, null, "the contract was terminated on " + terminatedOn,
                    Map.of("terminatedOn", terminatedOn.toString()));
        }
    }

    private void requireChangeableOn(LocalDate date) {
        requireNotTerminated();
        if (date.isAfter(endsOn)) {
            throw new RuleViolation(ErrorCode.CONTRACT_NOT_ACTIVE, null, "the contract ended on " + endsOn
                    + "; it takes no change on " + date, Map.of("endsOn", endsOn.toString(), "date", date.toString()));
        }
    }
}
