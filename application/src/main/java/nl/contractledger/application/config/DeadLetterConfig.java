package nl.contractledger.application.config;

import nl.contractledger.application.admin.ProjectionAdmin;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import nl.contractledger.projections.contract.ContractProjection;
import nl.contractledger.projections.ocds.OcdsProjection;
import nl.contractledger.projections.provider.ProviderProjection;
import nl.contractledger.projections.region.RegionProjection;
import nl.contractledger.projections.revision.RevisionProjection;
import nl.contractledger.projections.tender.TenderProjection;
import nl.contractledger.projections.timeline.TimelineProjection;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.List;

/**
 * A read model that cannot handle an event puts it, and the later events of the same aggregate, in
 * Axon's dead-letter queue ({@code dead_letter_entry}) and goes on with the others; the admin API shows
 * and retries them. Each event is handled within a savepoint, so a failed statement leaves the batch's
 * transaction usable for the dead letter on PostgreSQL too. Processes (sagas) have no dead-letter queue:
 * their failures stop and retry their processor.
 * <p>
 * Before it hands an event to its handlers, a read model asks its queue whether the event's aggregate
 * already has a dead letter: one query per event and read model. Axon's sequence-identifier cache
 * answers that from memory for the aggregates known to have none, and asks the queue for the others.
 * It is kept per segment, while this node holds the segment, and only this node's processor can put
 * an aggregate of that segment in the queue meanwhile, so it cannot miss one.
 * <p>
 * A failure of the database that passes by itself (a lock not granted in time, a lost connection) is not
 * dead-lettered: the batch is handled again ({@link TransientFailures}).
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetterConfig {

    static final List<String> READ_MODELS = List.of(RegionProjection.PROCESSING_GROUP, ProviderProjection.PROCESSING_GROUP,
            TenderProjection.PROCESSING_GROUP, ContractProjection.PROCESSING_GROUP, RevisionProjection.PROCESSING_GROUP,
            TimelineProjection.PROCESSING_GROUP, OcdsProjection.PROCESSING_GROUP);

    @Bean
    ConfigurerModule readModelDeadLetters(ConnectionProvider connections, TransactionManager transactions,
                                          Serializer serializer, @Qualifier("eventSerializer") Serializer events) {
        return configurer -> configurer.eventProcessing().registerDeadLetterQueueProvider(group ->
                ProjectionAdmin.isProcess(group) ? null : axon -> JdbcSequencedDeadLetterQueue.builder()
                        .processingGroup(group)
                        .connectionProvider(connections)
                        .transactionManager(transactions)
                        .schema(schema())
                        .genericSerializer(serializer)
                        .eventSerializer(events)
                        .build());
    }

    @Bean
    ConfigurerModule readModelDeadLetterCache() {
        return configurer -> READ_MODELS.forEach(group -> configurer.eventProcessing()
                .registerDeadLetteringEventHandlerInvokerConfiguration(group,
                        (axon, invoker) -> invoker.enableSequenceIdentifierCache()));
    }

    @Bean
    ConfigurerModule readModelTransientFailures() {
        TransientFailures policy = new TransientFailures();
        return configurer -> READ_MODELS.forEach(group -> configurer.eventProcessing()
                .registerDeadLetterPolicy(group, axon -> policy));
    }

    /** Each batch of a read model written once at its end; a batch that fails is handled again event by event. */
    @Bean
    ConfigurerModule readModelLiveBatches() {
        return configurer -> READ_MODELS.forEach(group -> configurer.eventProcessing()
                .registerHandlerInterceptor(group, axon -> new LiveBatches()));
    }

    @Bean
    SavepointPerEvent savepointPerEvent(PlatformTransactionManager transactions) {
        return new SavepointPerEvent(transactions);
    }

    static DeadLetterSchema schema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }
}
