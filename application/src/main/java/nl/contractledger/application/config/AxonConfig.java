package nl.contractledger.application.config;

import nl.contractledger.application.command.PublishedEvents;
import nl.contractledger.domain.contract.Contract;
import nl.contractledger.domain.provider.Provider;
import nl.contractledger.domain.region.Region;
import nl.contractledger.domain.revision.RevisionProcedure;
import nl.contractledger.domain.tender.Tender;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Axon: the aggregates, the stored JSON form, the metadata every event carries, and the command path. */
@Configuration(proxyBeanMethods = false)
public class AxonConfig {

    @Bean
    ConfigurerModule aggregates(@Value("${ledger.snapshots.contract-every-events:100}") int contractSnapshotEvery) {
        return configurer -> configurer.configureAggregate(Region.class)
                .configureAggregate(Provider.class)
                .configureAggregate(Tender.class)
                .configureAggregate(RevisionProcedure.class)
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Contract.class)
                        .configureSnapshotTrigger(axon -> new EventCountSnapshotTriggerDefinition(
                                snapshotterOf(Contract.class, axon), contractSnapshotEvery)));
    }

    /**
     * The event store, as Axon's auto-configuration makes it but without its shared cache of recent events
     * ({@code optimizeEventConsumption}), which under a steady stream of commands keeps every event since its
     * producer's read began ({@code docs/adr/0008}). Each processor reads the store itself; a read that waits
     * for a position wakes them ({@link WakingEventStore}, the {@code ProcessorWakeUp} of the read models),
     * otherwise they look every 500 ms.
     */
    @Bean
    WakingEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration axon) {
        return new WakingEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class))
                .optimizeEventConsumption(false));
    }

    /** The revision process manager's failures propagate, so its processor retries them and shows them. */
    @Bean
    ConfigurerModule revisionProcessFailuresPropagate() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler("RevisionFinalisationSagaProcessor",
                        axon -> PropagatingErrorHandler.instance());
    }

    /** Snapshots the aggregate after its commit, in a transaction of its own. */
    private static <A> AggregateSnapshotter snapshotterOf(Class<A> type, org.axonframework.config.Configuration axon) {
        return AggregateSnapshotter.builder()
                .eventStore(axon.eventStore())
                .aggregateFactories(new GenericAggregateFactory<>(AnnotatedAggregateMetaModelFactory.inspectAggregate(
                        type, axon.parameterResolverFactory(), axon.handlerDefinition(type))))
                .repositoryProvider(axon::repository)
                .parameterResolverFactory(axon.parameterResolverFactory())
                .handlerDefinition(axon.handlerDefinition(type))
                .transactionManager(axon.getComponent(TransactionManager.class))
                .build();
    }

    @Bean
    Jackson3SerializerCustomizer eventSerializationCustomizer() {
        return EventSerialization.customizer();
    }

    @Bean
    CorrelationDataProvider auditMetadata() {
        return new AuditMetadataProvider();
    }

    /** The command receipt interceptor, a bean, is registered on the command bus by Axon itself. */
    @Bean
    SmartInitializingSingleton publishedEventsRecorder(EventStore eventStore) {
        return () -> eventStore.registerDispatchInterceptor(new PublishedEvents());
    }
}
