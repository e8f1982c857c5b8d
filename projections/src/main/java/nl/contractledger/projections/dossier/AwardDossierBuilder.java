package nl.contractledger.projections.dossier;

import nl.contractledger.domain.tender.TenderEvent;
import nl.contractledger.domain.tender.TenderId;
import nl.contractledger.domain.tender.TenderPlannedEvent;
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
import java.util.Optional;
import java.util.Set;

/**
 * Builds a tender's award dossier from its recorded events themselves, as they stood at {@code asOf} when one
 * is given, the same way {@link DossierBuilder} builds a revision's. Providers and segments are named as their
 * read models know them when it is asked (by their ids until they do).
 */
@Component
public class AwardDossierBuilder {

    private final RecordedEvents recorded;
    private final ProviderQueries providers;
    private final RegionQueries regions;

    public AwardDossierBuilder(RecordedEvents recorded, ProviderQueries providers, RegionQueries regions) {
        this.recorded = recorded;
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
        return Optional.of(new AwardDossier(tender, contractsReadyBy, asOf, steps, AwardTerms.of(tender, contractsReadyBy),
                names.providers(providersOf(tender)), names.segments(segmentsOf(tender))));
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
