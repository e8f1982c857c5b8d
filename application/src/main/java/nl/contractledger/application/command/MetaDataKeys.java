package nl.contractledger.application.command;

/** Metadata keys: the first three are recorded on every event, the rest only travel with a command. */
public final class MetaDataKeys {

    public static final String ACTOR = "actor";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";

    /** The longest actor the ledger records: the longest subject OpenID Connect allows a token. */
    public static final int ACTOR_MAX_LENGTH = 255;

    static final String ANSWER_ID = "answerId";
    static final String EXPECTED_VERSION = "expectedVersion";
    static final String IDEMPOTENCY_KEY = "idempotencyKey";
    static final String REQUEST_HASH = "requestHash";

    private MetaDataKeys() {
    }
}
