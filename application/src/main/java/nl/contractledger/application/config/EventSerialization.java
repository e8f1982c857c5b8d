package nl.contractledger.application.config;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import tools.jackson.databind.jsontype.PolymorphicTypeValidator;

/**
 * The one JSON form of everything Axon stores: events, snapshots, tokens and sagas. It has its own
 * mapper, independent of the web layer's {@code spring.jackson.*} settings, so that tuning the API
 * can never change the recorded history. Dates are ISO strings.
 */
public final class EventSerialization {

    /** Stored polymorphic values (replay tokens, for instance) may only name these packages. */
    static final PolymorphicTypeValidator STORED_TYPES = BasicPolymorphicTypeValidator.builder()
            .allowIfSubTypeIsArray()
            .allowIfSubType("org.axonframework.")
            .allowIfSubType("nl.contractledger.")
            .allowIfSubType("java.util.")
            .build();

    private EventSerialization() {
    }

    public static Jackson3SerializerCustomizer customizer() {
        return EventSerialization::configure;
    }

    static void configure(JsonMapper.Builder builder) {
        builder.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .polymorphicTypeValidator(STORED_TYPES);
    }

    /**
     * Snapshots hold an aggregate's private state: their serializer reads and writes fields, not
     * getters. Events keep their own form (records, through {@link #serializer()}).
     */
    public static Serializer snapshotSerializer() {
        return Jackson3Serializer.builder()
                .converter(new ChainingConverter())
                .jsonMapperBuilderCustomizer(builder -> {
                    configure(builder);
                    builder.changeDefaultVisibility(visibility -> visibility
                            .withFieldVisibility(JsonAutoDetect.Visibility.ANY)
                            .withGetterVisibility(JsonAutoDetect.Visibility.NONE)
                            .withIsGetterVisibility(JsonAutoDetect.Visibility.NONE));
                })
                .build();
    }

    /** The serializer as the application configures it, for tests that pin the stored form. */
    public static Serializer serializer() {
        return Jackson3Serializer.builder()
                .converter(new ChainingConverter())
                .jsonMapperBuilderCustomizer(customizer())
                .build();
    }
}
