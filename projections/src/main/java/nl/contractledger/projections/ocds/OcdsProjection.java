package nl.contractledger.projections.ocds;

import nl.contractledger.domain.contract.ContractEvent;
import nl.contractledger.domain.contract.ContractPublishedEvent;
import nl.contractledger.domain.contract.RouteType;
import nl.contractledger.domain.provider.ProviderRegisteredEvent;
import nl.contractledger.domain.region.ProductsMovedEvent;
import nl.contractledger.domain.region.RegionRegisteredEvent;
import nl.contractledger.domain.region.SegmentDefinedEvent;
import nl.contractledger.domain.tender.TenderEvent;
import nl.contractledger.domain.tender.TenderPlannedEvent;
import nl.contractledger.projections.OwnTables;
import nl.contractledger.projections.Positions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * The OCDS export: one contracting process per tender and per contract that does not come from one,
 * and for every event that changes a process one release, stored in the order of the event store.
 * The processor runs in one segment, because a contract's release must follow its tender's.
 */
@Component
@ProcessingGroup(OcdsProjection.PROCESSING_GROUP)
public class OcdsProjection implements OwnTables {

    public static final String PROCESSING_GROUP = "ocds";

    private final OcdsStore store;
    private final Ocids ocids;
    private final TenderReleases tenders;
    private final ContractReleases contracts;
    private final ContractPublication publication;

    OcdsProjection(OcdsStore store, @Value("${ledger.ocds.ocid-prefix:ocds-xxxxxx-}") String ocidPrefix) {
        this.store = store;
        this.ocids = new Ocids(ocidPrefix);
        Parties parties = new Parties(store);
        this.tenders = new TenderReleases(store, parties);
        this.contracts = new ContractReleases(parties);
        this.publication = new ContractPublication(store, parties);
    }

    @EventHandler
    void on(TenderEvent event, @Timestamp Instant at, EventMessage<?> message) {
        String tenderId = event.tenderId().value();
        if (event instanceof TenderPlannedEvent planned) {
            String ocid = ocids.tender(tenderId);
            store.member("tender", tenderId, ocid);
            OcdsProcess process = Releasing.open(ocid, planned.regionId().value(), tenderId);
            publish(process, tenders.of(event, process), at, Positions.of(message), true);
            return;
        }
        store.ocidOf("tender", tenderId).flatMap(store::process).ifPresent(process ->
                publish(process, tenders.of(event, process), at, Positions.of(message), false));
    }

    @EventHandler
    void on(ContractEvent event, @Timestamp Instant at, EventMessage<?> message) {
        String contractId = event.contractId().value();
        if (event instanceof ContractPublishedEvent published) {
            published(published, at, Positions.of(message));
            return;
        }
        store.ocidOf("contract", contractId).flatMap(store::process).ifPresent(process ->
                publish(process, contracts.of(event, process), at, Positions.of(message), false));
    }

    @EventHandler
    void on(ProductsMovedEvent event, @Timestamp Instant at, EventMessage<?> message) {
        List<String> affected = store.contractsOf(List.of(event.fromSegmentId().value(), event.toSegmentId().value()));
        affected.stream().map(contract -> store.ocidOf("contract", contract)).flatMap(java.util.Optional::stream)
                .distinct().map(store::process).flatMap(java.util.Optional::stream)
                .forEach(process -> publish(process, ProductMoves.of(event, process, affected, store), at,
                        Positions.of(message), false));
    }

    @EventHandler
    void on(RegionRegisteredEvent event) {
        store.name("region", event.regionId().value(), event.name(), null);
    }

    @EventHandler
    void on(SegmentDefinedEvent event) {
        store.name("segment", event.segmentId().value(), "Segment " + event.number() + ": " + event.name(), null);
    }

    @EventHandler
    void on(ProviderRegisteredEvent event) {
        store.name("provider", event.providerId().value(), event.name(), event.kvkNumber().value());
    }

    @ResetHandler
    void reset() {
        store.deleteAll();
    }

    @Override
    public List<String> ownTables() {
        return OcdsStore.TABLES;
    }

    private void published(ContractPublishedEvent event, Instant at, long position) {
        String contractId = event.contractId().value();
        String joined = null;
        if (event.route().type() == RouteType.TENDER && event.route().tenderId() != null) {
            joined = store.ocidOf("tender", event.route().tenderId()).orElse(null);
        }
        if (joined == null && event.parentContractId() != null) {
            joined = store.ocidOf("contract", event.parentContractId().value()).orElse(null);
        }
        event.segmentIds().forEach(segment -> store.contractSegment(contractId, segment.value()));
        OcdsProcess process = joined == null ? null : store.process(joined).orElse(null);
        if (process != null) {
            store.member("contract", contractId, process.ocid);
            publish(process, publication.joining(event, process), at, position, false);
            return;
        }
        String ocid = ocids.contract(contractId);
        store.member("contract", contractId, ocid);
        OcdsProcess opened = Releasing.open(ocid, event.regionId().value(), contractId);
        publish(opened, publication.opening(event, opened), at, position, true);
    }

    private void publish(OcdsProcess process, Draft draft, Instant at, long position, boolean created) {
        if (draft == null) {
            return;
        }
        store.release(process, position, Releasing.release(process, draft, at, position));
        store.save(process, created);
    }
}
