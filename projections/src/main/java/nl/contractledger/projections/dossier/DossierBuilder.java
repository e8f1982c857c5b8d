package nl.contractledger.projections.dossier;

import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.revision.RevisionId;
import nl.contractledger.domain.shared.BusinessDates;
import nl.contractledger.projections.contract.ContractQueries;
import nl.contractledger.projections.contract.ContractView;
import nl.contractledger.projections.provider.ProviderQueries;
import nl.contractledger.projections.region.RegionQueries;
import nl.contractledger.projections.revision.RevisionEvolver;
import nl.contractledger.projections.revision.RevisionStates;
import nl.contractledger.projections.revision.RevisionView;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the dossier from the recorded events themselves (with who recorded each and when, in order of
 * their business dates), as they stood at {@code asOf} when one is given: what the file looked like on the
 * day of a hearing. Providers are named as the providers read model knows them (by their id until it has them).
 */
@Component
public class DossierBuilder {

    /**
     * The steps by business date, then by when they were recorded: a response dated 10 February and entered
     * after one dated 12 February comes first, with its recording time beside it.
     */
    static final Comparator<Dossier.Step> IN_ORDER_OF_DATE = Comparator.comparing(Dossier.Step::date,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Dossier.Step::recordedAt);

    private final RecordedEvents recorded;
    private final ContractQueries contracts;
    private final ProviderQueries providers;
    private final RegionQueries regions;

    public DossierBuilder(RecordedEvents recorded, ContractQueries contracts, ProviderQueries providers,
                          RegionQueries regions) {
        this.recorded = recorded;
        this.contracts = contracts;
        this.providers = providers;
        this.regions = regions;
    }

    public Optional<Dossier> build(String revisionId, Instant asOf) {
        RevisionView revision = null;
        List<Dossier.Step> steps = new ArrayList<>();
        DossierNames named = new DossierNames(providers, regions);
        for (RecordedEvents.Recorded step : recorded.upTo(RevisionId.of(revisionId).toString(), asOf)) {
            DomainEventMessage<?> event = step.event();
            revision = RevisionEvolver.INSTANCE.evolve(revision, event.getPayload(), event.getSequenceNumber(),
                    event.getTimestamp());
            steps.add(step.step(DossierSteps.describe(event.getPayload(), named, responders(revision))));
        }
        if (revision == null) {
            return Optional.empty();
        }
        steps.sort(IN_ORDER_OF_DATE);
        LocalDate day = BusinessDates.dayOf(asOf);
        RevisionStates.describe(revision, day);
        List<ContractView> contractsOf = revision.contractIds.stream()
                .map(contractId -> contracts.contract(contractId, asOf, day).orElse(null)).toList();
        return Optional.of(new Dossier(revision, asOf, steps, DossierTerms.of(revision, named), revised(revision, contractsOf),
                withdrawals(revision, contractsOf), admissions(revision, contractsOf), named.region(revision.regionId),
                named.providers(providersOf(revision)), named.segments(revision.segmentIds), titles(contractsOf)));
    }

    /** The title of each contract of the revision, by its id (a contract not found as recorded then has none). */
    private static Map<String, String> titles(List<ContractView> contractsOf) {
        Map<String, String> titles = new TreeMap<>();
        contractsOf.stream().filter(Objects::nonNull).forEach(contract -> titles.put(contract.id, contract.title));
        return titles;
    }

    private static Set<String> providersOf(RevisionView revision) {
        Set<String> ids = new HashSet<>();
        revision.consultations.forEach(consultation -> ids.addAll(consultation.providerIds()));
        revision.responses.forEach(response -> ids.add(response.providerId));
        revision.admittedProviders.forEach(admitted -> ids.add(admitted.providerId()));
        return ids;
    }

    /** Who gave each response of the revision as folded so far (an answer comes after its response). */
    private static DossierSteps.Responders responders(RevisionView revision) {
        return (revisionId, responseId) -> revision.responses.stream().filter(response -> response.id.equals(responseId))
                .findFirst().map(response -> ProviderId.of(response.providerId));
    }

    /** Each contract of the revision with the terms version the revision gave it, none while it has not. */
    private static List<Dossier.RevisedContract> revised(RevisionView revision, List<ContractView> contractsOf) {
        List<Dossier.RevisedContract> revised = new ArrayList<>();
        for (int i = 0; i < revision.contractIds.size(); i++) {
            String contractId = revision.contractIds.get(i);
            revised.add(Optional.ofNullable(contractsOf.get(i))
                    .flatMap(contract -> contract.termsVersions.stream()
                            .filter(terms -> revision.id.equals(terms.revisionId())).findFirst())
                    .map(terms -> new Dossier.RevisedContract(contractId, terms.version(), terms.effectiveOn()))
                    .orElse(new Dossier.RevisedContract(contractId, null, null)));
        }
        return revised;
    }

    /** Once final, each provider that gave notice, on each contract of the revision it is party to, and its withdrawal. */
    private static List<Dossier.Withdrawal> withdrawals(RevisionView revision, List<ContractView> contractsOf) {
        List<Dossier.Withdrawal> withdrawals = new ArrayList<>();
        List<String> noticeGivers = revision.finalisation == null ? List.of() : revision.finalisation.providersGivingNotice();
        for (ContractView contract : contractsOf) {
            for (String provider : contract == null ? List.<String>of() : noticeGivers) {
                contract.parties.stream().filter(party -> party.providerId.equals(provider)).findFirst()
                        .ifPresent(party -> withdrawals.add(new Dossier.Withdrawal(contract.id, provider, party.withdrewOn,
                                party.withdrawalReason)));
            }
        }
        return withdrawals;
    }

    /**
     * Once final, each provider admitted to the revised agreement, on each contract of the revision, and its admission to
     * it (the latest: a provider already party keeps its own).
     */
    private static List<Dossier.ContractAdmission> admissions(RevisionView revision, List<ContractView> contractsOf) {
        List<Dossier.ContractAdmission> admissions = new ArrayList<>();
        if (revision.finalisation == null) {
            return admissions;
        }
        for (int i = 0; i < revision.contractIds.size(); i++) {
            ContractView contract = contractsOf.get(i);
            for (RevisionView.AdmittedProvider admitted : revision.admittedProviders) {
                Optional<ContractView.PartyView> party = contract == null ? Optional.empty() : contract.parties.stream()
                        .filter(candidate -> candidate.providerId.equals(admitted.providerId()) && candidate.admittedOn != null)
                        .reduce((earlier, later) -> later);
                admissions.add(new Dossier.ContractAdmission(revision.contractIds.get(i), admitted.providerId(),
                        party.map(found -> found.admittedOn).orElse(null),
                        party.map(found -> found.qualityCheckRef).orElse(null)));
            }
        }
        return admissions;
    }
}
