package nl.contractledger.application.support.hostile;

/** The kinds of bad input the generator builds; each makes a request that no endpoint may accept. */
public enum Fault {
    MALFORMED_JSON,
    EMPTY_BODY,
    NOT_AN_OBJECT,
    UNKNOWN_FIELD,
    WRONG_TYPE,
    MISSING_REQUIRED,
    NULL_REQUIRED,
    INVALID_DATE,
    INVALID_AMOUNT,
    TOO_LONG,
    UNRECORDABLE_TEXT,
    OUT_OF_RANGE,
    HOSTILE_ID,
    DEEP_NESTING,
    BODY_OVER_LIMIT,
    CHUNKED_BODY_OVER_LIMIT,
    WRONG_CONTENT_TYPE,
    UNKNOWN_CHARSET,
    HOSTILE_PATH,
    MALFORMED_HEADER
}
