package nl.contractledger.domain.provider;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.contractledger.domain.shared.Slug;

/** The id of a care provider; its event stream key is {@code provider:<id>}. */
public record ProviderId(@JsonValue String value) {

    public static final String STREAM_PREFIX = "provider:";

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ProviderId {
        Slug.require(value, "providerId");
    }

    public static ProviderId of(String value) {
        return new ProviderId(value);
    }

    @Override
    public String toString() {
        return STREAM_PREFIX + value;
    }
}
