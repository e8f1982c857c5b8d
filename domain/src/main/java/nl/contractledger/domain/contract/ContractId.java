package nl.contractledger.domain.contract;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.contractledger.domain.shared.Slug;

/** The id of a contract; its event stream key is {@code contract:<id>}. */
public record ContractId(@JsonValue String value) {

    public static final String STREAM_PREFIX = "contract:";

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ContractId {
        Slug.require(value, "contractId");
    }

    public static ContractId of(String value) {
        return new ContractId(value);
    }

    @Override
    public String toString() {
        return STREAM_PREFIX + value;
    }
}
