package nl.contractledger.application.admin;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.lifecycle.Phase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A read model whose clearing a crash cut off is cleared again at start-up, just before the processors start. */
@Configuration(proxyBeanMethods = false)
class CutOffClearings {

    @Bean
    ConfigurerModule finishCutOffClearingsBeforeTheProcessorsStart(ObjectProvider<ReadModelClearing> clearing) {
        return configurer -> configurer.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1, () -> clearing.getObject().finishCutOff());
    }
}
