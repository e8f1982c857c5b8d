package nl.contractledger.projections.dossier;

import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.domain.tender.TenderEvent;
import nl.contractledger.domain.tender.TenderId;
import nl.contractledger.domain.tender.TenderPlannedEvent;
import nl.contractledger.projections.provider.ProviderQueries;
import nl.contractledger.projections.region.RegionQueries;
import nl.contractledger.projections.region.SegmentView;
import nl.contractledger.projections.tender.TenderEvolver;
import nl.contractledger.projections.tender.TenderView;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a tender's award dossier from its recorded events themselves, as they stood at {@code asOf} when one
 * is given, the same way {@link DossierBuilder} builds a revision's. Providers and segments are named as their
 * read models know them when it is asked (by their ids until they do).
 */
@Component
public class AwardDossierBuilder {

    private final EventStore eventStore;
    private final ProviderQueries providers;
    private final RegionQueries regions;

    public AwardDossierBuilder(EventStore eventStore, ProviderQueries providers, RegionQueries regions) {
        this.eventStore = eventStore;
        this.providers = providers;
        this.regions = regions;
    }

    public Optional<AwardDossier> build(String tenderId, Instant asOf) {
        StepNames names = names();
        TenderView tender = null;
        LocalDate contractsReadyBy = null;
        List<Dossier.Step> steps = new ArrayList<>();
        for (DomainEventMessage<?> event : RecordedEvents.upTo(eventStore, TenderId.of(tenderId).toString(), asOf)) {
            tender = TenderEvolver.INSTANCE.evolve(tender, event.getPayload(), event.getSequenceNumber(), event.getTimestamp());
            if (event.getPayload() instanceof TenderPlannedEvent planned) {
                contractsReadyBy = planned.contractsReadyBy();
            }
            steps.add(RecordedEvents.step(event, AwardSteps.describe((TenderEvent) event.getPayload(), names)));
        }
        if (tender == null) {
            return Optional.empty();
        }
        steps.sort(DossierBuilder.IN_ORDER_OF_DATE);
        return Optional.of(new AwardDossier(tender, contractsReadyBy, asOf, steps, AwardTerms.of(tender, contractsReadyBy)));
    }

    /** Names looked up once per dossier. */
    private StepNames names() {
        Map<String, String> known = new HashMap<>();
        return new StepNames() {
            @Override
            public String of(ProviderId providerId) {
                return known.computeIfAbsent("provider:" + providerId.value(), key -> providers.provider(providerId.value(), null)
                        .map(provider -> provider.name).orElse(providerId.value()));
            }

            @Override
            public String segment(SegmentId segmentId) {
                return known.computeIfAbsent("segment:" + segmentId.value(), key -> regions.segment(segmentId.value(), null)
                        .map(segment -> SegmentView.named(segment.number, segment.name))
                        .orElse("segment " + segmentId.value()));
            }
        };
    }
}
