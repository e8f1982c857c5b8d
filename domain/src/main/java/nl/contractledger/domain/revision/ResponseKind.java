package nl.contractledger.domain.revision;

/** A provider's response: a comment, an objection, or notice that it will not continue under the revised terms. */
public enum ResponseKind {
    COMMENT,
    OBJECTION,
    NOTICE
}
