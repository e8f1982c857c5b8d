package nl.contractledger.domain.revision;

/** Where a revision procedure is (DOMAIN.md §3.5); EFFECTIVE follows from the date. */
public enum RevisionState {
    OPENED,
    CONSULTING,
    TEXT_PRESENTED,
    RESPONSES_CLOSED,
    RESPONSES_HANDLED,
    PUBLISHED,
    FINALISED,
    WITHDRAWN
}
