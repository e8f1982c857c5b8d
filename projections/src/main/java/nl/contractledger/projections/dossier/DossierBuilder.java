package nl.contractledger.projections.dossier;

import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.revision.RevisionId;
import nl.contractledger.projections.contract.ContractQueries;
import nl.contractledger.projections.history.EventTypes;
import nl.contractledger.projections.provider.ProviderNames;
import nl.contractledger.projections.provider.ProviderQueries;
import nl.contractledger.projections.revision.RevisionEvolver;
import nl.contractledger.projections.revision.RevisionView;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
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
 * Builds the dossier from the recorded events themselves (with who recorded each and when), as they
 * stood at {@code asOf} when one is given: what the file looked like on the day of a hearing. Providers are
 * named as the providers read model knows them (by their id until it has them).
 */
@Component
public class DossierBuilder {

    private final EventStore eventStore;
    private final ContractQueries contracts;
    private final ProviderQueries providers;

    public DossierBuilder(EventStore eventStore, ContractQueries contracts, ProviderQueries providers) {
        this.eventStore = eventStore;
        this.contracts = contracts;
        this.providers = providers;
    }

    public Optional<Dossier> build(String revisionId, Instant asOf) {
        DomainEventStream events = eventStore.readEvents(RevisionId.of(revisionId).toString(), 0L);
        RevisionView revision = null;
        List<Dossier.Step> steps = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        ProviderNames named = id -> names.computeIfAbsent(id.value(), providerId -> providers.provider(providerId, null)
                .map(provider -> provider.name).orElse(providerId));
        while (events.hasNext() && (asOf == null || !events.peek().getTimestamp().isAfter(asOf))) {
            DomainEventMessage<?> event = events.next();
            revision = RevisionEvolver.INSTANCE.evolve(revision, event.getPayload(), event.getSequenceNumber(),
                    event.getTimestamp());
            DossierSteps.Line line = DossierSteps.describe(event.getPayload(), named, responders(revision));
            steps.add(new Dossier.Step(line.date(), event.getTimestamp(), (String) event.getMetaData().get("actor"),
                    EventTypes.nameOf(event.getPayloadType().getName()), line.summary()));
        }
        if (revision == null) {
            return Optional.empty();
        }
        return Optional.of(new Dossier(revision, asOf, steps, DossierTerms.of(revision), revised(revision, asOf)));
    }

    /** Who gave each response of the revision as folded so far (an answer comes after its response). */
    private static DossierSteps.Responders responders(RevisionView revision) {
        return (revisionId, responseId) -> revision.responses.stream().filter(response -> response.id.equals(responseId))
                .findFirst().map(response -> ProviderId.of(response.providerId));
    }

    private List<Dossier.RevisedContract> revised(RevisionView revision, Instant asOf) {
        List<Dossier.RevisedContract> revised = new ArrayList<>();
        for (String contractId : revision.contractIds) {
            Optional<Dossier.RevisedContract> result = contracts.contract(contractId, asOf, LocalDate.now())
                    .flatMap(contract -> contract.termsVersions.stream()
                            .filter(terms -> revision.id.equals(terms.revisionId())).findFirst())
                    .map(terms -> new Dossier.RevisedContract(contractId, terms.version(), terms.effectiveOn()));
            revised.add(result.orElse(new Dossier.RevisedContract(contractId, null, null)));
        }
        return revised;
    }
}
