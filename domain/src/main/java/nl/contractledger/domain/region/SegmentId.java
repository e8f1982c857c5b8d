package nl.contractledger.domain.region;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.contractledger.domain.shared.Slug;

/** The id of a segment, unique across regions: "segment 5" of two regions are two segments. */
public record SegmentId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public SegmentId {
        Slug.require(value, "segmentId");
    }

    public static SegmentId of(String value) {
        return new SegmentId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
