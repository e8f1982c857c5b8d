package nl.contractledger.domain.tender;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.contractledger.domain.shared.Slug;

/** The id of a tender; its event stream key is {@code tender:<id>}. */
public record TenderId(@JsonValue String value) {

    public static final String STREAM_PREFIX = "tender:";

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public TenderId {
        Slug.require(value, "tenderId");
    }

    public static TenderId of(String value) {
        return new TenderId(value);
    }

    @Override
    public String toString() {
        return STREAM_PREFIX + value;
    }
}
