package nl.contractledger.domain.revision;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.contractledger.domain.shared.Slug;

/** The id of a revision procedure; its event stream key is {@code revision:<id>}. */
public record RevisionId(@JsonValue String value) {

    public static final String STREAM_PREFIX = "revision:";

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public RevisionId {
        Slug.require(value, "revisionId");
    }

    public static RevisionId of(String value) {
        return new RevisionId(value);
    }

    @Override
    public String toString() {
        return STREAM_PREFIX + value;
    }
}
