package nl.contractledger.domain.region;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.contractledger.domain.shared.Slug;

/**
 * The id of a region, e.g. {@code haaglanden}. Its {@link #toString()} is the event stream key
 * ({@code region:haaglanden}), so that a region and, say, a contract may share a slug.
 */
public record RegionId(@JsonValue String value) {

    public static final String STREAM_PREFIX = "region:";

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public RegionId {
        Slug.require(value, "regionId");
    }

    public static RegionId of(String value) {
        return new RegionId(value);
    }

    @Override
    public String toString() {
        return STREAM_PREFIX + value;
    }
}
