package nl.contractledger.projections.document;

/** A read-model document with the sequence number of the last event of its aggregate applied to it. */
public record Stored<T>(T document, long version) {
}
