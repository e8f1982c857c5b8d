package nl.contractledger.application.config;

import nl.contractledger.application.command.MetaDataKeys;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.HashMap;
import java.util.Map;

/**
 * What every event records about its origin: the authenticated {@code actor}, the request's
 * {@code correlationId}, and as {@code causationId} the id of the command that caused it.
 */
class AuditMetadataProvider implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        copy(message, MetaDataKeys.ACTOR, data);
        copy(message, MetaDataKeys.CORRELATION_ID, data);
        data.put(MetaDataKeys.CAUSATION_ID, message.getIdentifier());
        return data;
    }

    private static void copy(Message<?> message, String key, Map<String, Object> data) {
        Object value = message.getMetaData().get(key);
        if (value != null) {
            data.put(key, value);
        }
    }
}
