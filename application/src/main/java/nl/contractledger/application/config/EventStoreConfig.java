package nl.contractledger.application.config;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.GenericSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * Axon's JDBC event storage engine and token store on the application's data source (see ADR 0002).
 * Declared here because Axon's auto-configuration orders itself after Spring Boot 3's data source
 * classes and so does not see Boot 4's. Flyway owns the tables.
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreConfig {

    /** How long a node's claim on a token holds without being renewed: a node that died loses its claims after it. */
    public static final Duration TOKEN_CLAIM_TIMEOUT = Duration.ofSeconds(10);

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactions) {
        return new SpringTransactionManager(transactions);
    }

    @Bean
    ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new DuplicateKeyResolver();
    }

    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer, @Qualifier("eventSerializer") Serializer events,
                                          PersistenceExceptionResolver exceptions, ConnectionProvider connections,
                                          TransactionManager transactions,
                                          org.axonframework.config.Configuration axon) {
        return new PositionedJdbcEventStorageEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(EventSerialization.snapshotSerializer())
                .eventSerializer(events)
                .upcasterChain(axon.upcasterChain())
                .snapshotFilter(axon.snapshotFilter())
                .persistenceExceptionResolver(exceptions)
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(StoreTables.events())
                .readEventDataWithGaps(new GapReads()));
    }

    @Bean
    SagaStore<Object> sagaStore(ConnectionProvider connections) {
        return JdbcSagaStore.builder()
                .connectionProvider(connections)
                .sqlSchema(new GenericSagaSqlSchema(StoreTables.sagas()))
                .serializer(EventSerialization.snapshotSerializer())
                .build();
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connections, Serializer serializer, NodeName node) {
        return JdbcTokenStore.builder()
                .connectionProvider(connections)
                .nodeId(node.value())
                .serializer(serializer)
                .schema(StoreTables.tokens())
                .claimTimeout(TOKEN_CLAIM_TIMEOUT)
                .build();
    }
}
