package nl.contractledger.projections.dossier;

import nl.contractledger.domain.contract.RouteType;
import nl.contractledger.domain.shared.BusinessDates;
import nl.contractledger.domain.tender.TenderEvent;
import nl.contractledger.domain.tender.TenderId;
import nl.contractledger.domain.tender.TenderPlannedEvent;
import nl.contractledger.projections.contract.ContractQueries;
import nl.contractledger.projections.contract.ContractView;
import nl.contractledger.projections.provider.ProviderQueries;
import nl.contractledger.projections.region.RegionQueries;
import nl.contractledger.projections.tender.TenderEvolver;
import nl.contractledger.projections.tender.TenderView;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Builds a tender's award dossier from its recorded events themselves, as they stood at {@code asOf} when one
 * is given, the same way {@link DossierBuilder} builds a revision's. Providers and segments are named as their
 * read models know them when it is asked (by their ids until they do).
 */
@Component
public class AwardDossierBuilder {

    private final RecordedEvents recorded;
    private final ContractQueries contracts;
    private final ProviderQueries providers;
    private final RegionQueries regions;

    public AwardDossierBuilder(RecordedEvents recorded, ContractQueries contracts, ProviderQueries providers,
                               RegionQueries regions) {
        this.recorded = recorded;
        this.contracts = contracts;
        this.providers = providers;
        this.regions = regions;
    }

    public Optional<AwardDossier> build(String tenderId, Instant asOf) {
        DossierNames names = new DossierNames(providers, regions);
        TenderView tender = null;
        LocalDate contractsReadyBy = null;
        List<Dossier.Step> steps = new ArrayList<>();
        for (RecordedEvents.Recorded step : recorded.upTo(TenderId.of(tenderId).toString(), asOf)) {
            DomainEventMessage<?> event = step.event();
            tender = TenderEvolver.INSTANCE.evolve(tender, event.getPayload(), event.getSequenceNumber(),
                    event.getTimestamp());
            if (event.getPayload() instanceof TenderPlannedEvent planned) {
                contractsReadyBy = planned.contractsReadyBy();
            }
            steps.add(step.step(AwardSteps.describe((TenderEvent) event.getPayload(), names)));
        }
        if (tender == null) {
            return Optional.empty();
        }
        steps.sort(DossierBuilder.IN_ORDER_OF_DATE);
        return Optional.of(new AwardDossier(tender, contractsReadyBy, asOf, steps, AwardTerms.of(tender, contractsReadyBy, names),
                contractsAwarded(tender, asOf), names.region(tender.regionId), names.providers(providersOf(tender)),
                names.segments(segmentsOf(tender))));
    }

    /**
     * The contracts published on the award, as recorded at {@code asOf}, in order of their ids: those of the tender's
     * segments whose route names it (a route never changes, so the register's contracts of now pick them, and as of an
     * instant only those are read again, folded up to it).
     */
    private List<AwardDossier.AwardedContract> contractsAwarded(TenderView tender, Instant asOf) {
        if (!"AWARDED".equals(tender.state)) {
            return List.of();
        }
        LocalDate day = BusinessDates.dayOf(asOf);
        Map<String, ContractView> awarded = new TreeMap<>();
        for (String segmentId : tender.segmentIds) {
            contracts.register(new ContractQueries.Filter(tender.regionId, segmentId, null, null, null), day, null).stream()
                    .filter(contract -> contract.route != null && contract.route.type() == RouteType.TENDER
                            && tender.id.equals(contract.route.tenderId()))
                    .forEach(contract -> awarded.put(contract.id, contract));
        }
        Map<String, ContractView> asRecorded = asOf == null ? awarded : contracts.contracts(awarded.keySet(), asOf, day);
        return awarded.keySet().stream().flatMap(id -> Stream.ofNullable(asRecorded.get(id)))
                .map(contract -> new AwardDossier.AwardedContract(contract.id, contract.title, contract.segmentIds,
                        contract.publishedOn, contract.startsOn, contract.endsOn, contract.terminatedOn,
                        winnersJoining(tender, contract)))
                .toList();
    }

    /** The award's winners of the contract's segments, each once, with its signature or admission as recorded. */
    private static List<AwardDossier.WinnerJoining> winnersJoining(TenderView tender, ContractView contract) {
        return tender.winners.stream().filter(winner -> contract.segmentIds.contains(winner.segmentId()))
                .map(TenderView.WinnerView::providerId).distinct()
                .map(providerId -> contract.parties.stream().filter(party -> party.providerId.equals(providerId)).findFirst()
                        .map(party -> new AwardDossier.WinnerJoining(providerId, party.signedOn, party.admittedOn))
                        .orElse(new AwardDossier.WinnerJoining(providerId, null, null)))
                .toList();
    }

    private static Set<String> providersOf(TenderView tender) {
        Set<String> ids = new HashSet<>();
        tender.bids.forEach(bid -> ids.add(bid.providerId()));
        tender.awardDecisions.forEach(decision -> decision.winners().forEach(winner -> ids.add(winner.providerId())));
        tender.proceedings.forEach(proceedings -> ids.add(proceedings.providerId));
        return ids;
    }

    private static Set<String> segmentsOf(TenderView tender) {
        Set<String> ids = new HashSet<>(tender.segmentIds);
        tender.bids.forEach(bid -> ids.addAll(bid.segmentIds()));
        tender.awardDecisions.forEach(decision -> decision.winners().forEach(winner -> ids.add(winner.segmentId())));
        return ids;
    }
}
