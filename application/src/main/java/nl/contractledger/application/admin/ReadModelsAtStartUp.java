package nl.contractledger.application.admin;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.lifecycle.Phase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What is done for the read models at start-up, just before the processors start: a clearing that a crash cut off
 * is finished ({@link ReadModelClearing#finishCutOff()}), then every read model without tokens on a store with events
 * is marked for its rebuild ({@link UnbuiltReadModels#mark()}).
 */
@Configuration(proxyBeanMethods = false)
class ReadModelsAtStartUp {

    @Bean
    ConfigurerModule readModelsReadiedBeforeTheProcessorsStart(ObjectProvider<ReadModelClearing> clearing,
                                                               ObjectProvider<UnbuiltReadModels> unbuilt) {
        return configurer -> configurer.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1, () -> {
            clearing.getObject().finishCutOff();
            unbuilt.getObject().mark();
        });
    }
}
