package nl.contractledger.domain.region;

import nl.contractledger.domain.shared.Amount;
import nl.contractledger.domain.shared.ErrorCode;
import nl.contractledger.domain.shared.Require;
import nl.contractledger.domain.shared.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The municipalities that purchase youth care together, with their policy and membership history. */
public class Region {

    static final int MAX_NAME_LENGTH = 200;

    @AggregateIdentifier
    private RegionId regionId;
    private RegionPolicy policy;
    private final Members members = new Members();
    private final SegmentCatalogue catalogue = new SegmentCatalogue();

    protected Region() {
        // for Axon
    }

    @CommandHandler
    public Region(RegisterRegionCommand command) {
        String name = Require.text(command.name(), "name", MAX_NAME_LENGTH);
        List<String> municipalities = distinctMunicipalities(command.municipalities());
        apply(new RegionRegisteredEvent(command.regionId(), name, municipalities, command.establishedOn(),
                Require.present(command.policy(), "policy")));
    }

    @CommandHandler
    public void handle(AdmitMunicipalityCommand command) {
        String municipality = Require.text(command.municipality(), "name", MAX_NAME_LENGTH);
        LocalDate effectiveOn = Require.present(command.effectiveOn(), "effectiveOn");
        if (members.openMembership(municipality).isPresent()) {
            throw new RuleViolation(ErrorCode.MUNICIPALITY_ALREADY_MEMBER, "name",
                    municipality + " is already a member of region " + regionId.value(),
                    Map.of("municipality", municipality));
        }
        members.latest(municipality).ifPresent(previous ->
                Require.notBefore(effectiveOn, previous.withdrewOn(), "effectiveOn", "previous withdrawal"));
        apply(new MunicipalityJoinedEvent(regionId, members.canonicalName(municipality), effectiveOn));
    }

    @CommandHandler
    public void handle(WithdrawMunicipalityCommand command) {
        String municipality = Require.text(command.municipality(), "name", MAX_NAME_LENGTH);
        LocalDate effectiveOn = Require.present(command.effectiveOn(), "effectiveOn");
        String reason = Require.text(command.reason(), "reason", 2000);
        Membership open = members.openMembership(municipality).orElseThrow(() -> new RuleViolation(
                ErrorCode.MUNICIPALITY_NOT_MEMBER, "name",
                municipality + " is not a member of region " + regionId.value(),
                Map.of("municipality", municipality)));
        if (open.joinedOn() != null && !effectiveOn.isAfter(open.joinedOn())) {
            throw new RuleViolation(ErrorCode.DATE_ORDER_INVALID, "effectiveOn",
                    "withdrawal on " + effectiveOn + " must lie after joining on " + open.joinedOn(),
                    Map.of("effectiveOn", effectiveOn.toString(), "joinedOn", open.joinedOn().toString()));
        }
        apply(new MunicipalityWithdrewEvent(regionId, open.municipality(), effectiveOn, reason));
    }

    @CommandHandler
    public void handle(DefineSegmentCommand command) {
        apply(catalogue.decide(regionId, command));
    }

    @CommandHandler
    public void handle(ReviseSegmentObjectivesCommand command) {
        apply(catalogue.decide(regionId, command));
    }

    @CommandHandler
    public void handle(ChooseProcurementFormCommand command) {
        apply(catalogue.decide(regionId, command));
    }

    @CommandHandler
    public void handle(ChooseFundingFormCommand command) {
        apply(catalogue.decide(regionId, command));
    }

    @CommandHandler
    public void handle(MoveProductsCommand command) {
        apply(catalogue.decide(regionId, command));
    }

    @CommandHandler
    public void handle(CloseSegmentCommand command) {
        apply(catalogue.decide(regionId, command));
    }

    @CommandHandler
    public void handle(SetSegmentBudgetCommand command) {
        apply(catalogue.decide(regionId, command));
    }

    @CommandHandler
    public void handle(SetSavingsTargetCommand command) {
        Years.require(command.year(), "year");
        Amount min = Require.present(command.minAmount(), "minAmount");
        Amount max = Require.present(command.maxAmount(), "maxAmount");
        if (min.compareTo(max) > 0) {
            throw Require.invalid("minAmount", "minAmount " + min + " exceeds maxAmount " + max);
        }
        apply(new SavingsTargetSetEvent(regionId, command.year(), min, max));
    }

    @EventSourcingHandler
    void on(RegionRegisteredEvent event) {
        regionId = event.regionId();
        policy = event.policy();
        event.municipalities().forEach(municipality -> members.join(municipality, event.establishedOn()));
    }

    @EventSourcingHandler
    void on(MunicipalityJoinedEvent event) {
        members.join(event.municipality(), event.effectiveOn());
    }

    @EventSourcingHandler
    void on(MunicipalityWithdrewEvent event) {
        members.withdraw(event.municipality(), event.effectiveOn());
    }

    @EventSourcingHandler
    void on(SegmentDefinedEvent event) {
        catalogue.on(event);
    }

    @EventSourcingHandler
    void on(ProcurementFormChosenEvent event) {
        catalogue.on(event);
    }

    @EventSourcingHandler
    void on(FundingFormChosenEvent event) {
        catalogue.on(event);
    }

    @EventSourcingHandler
    void on(ProductsMovedEvent event) {
        catalogue.on(event);
    }

    @EventSourcingHandler
    void on(SegmentClosedEvent event) {
        catalogue.on(event);
    }

    /** The municipality's membership period that covers the date, if it is a member then. */
    public Optional<Membership> membershipOn(String municipality, LocalDate date) {
        return members.membershipOn(municipality, date);
    }

    public RegionPolicy policy() {
        return policy;
    }

    /** The segment that holds the product on the date, if any. */
    public Optional<SegmentId> segmentOf(String productCode, LocalDate date) {
        return catalogue.placements().segmentOn(productCode, date);
    }

    public Optional<ProcurementForm> procurementFormOf(SegmentId segmentId) {
        return catalogue.find(segmentId).map(Segment::procurementForm);
    }

    public Optional<SegmentStanding> standingOf(SegmentId segmentId) {
        return catalogue.find(segmentId).map(segment -> new SegmentStanding(segment.procurementForm(), segment.closedOn()));
    }

    private static List<String> distinctMunicipalities(List<String> municipalities) {
        if (municipalities == null || municipalities.isEmpty()) {
            throw Require.invalid("municipalities", "a region needs at least one municipality");
        }
        Set<String> seen = new HashSet<>();
        List<String> distinct = new ArrayList<>();
        for (String municipality : municipalities) {
            String name = Require.text(municipality, "municipalities[]", MAX_NAME_LENGTH);
            if (!seen.add(Members.key(name))) {
                throw Require.invalid("municipalities", name + " is listed twice");
            }
            distinct.add(name);
        }
        return List.copyOf(distinct);
    }
}
