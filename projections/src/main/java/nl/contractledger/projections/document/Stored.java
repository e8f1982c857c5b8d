package nl.contractledger.projections.document;

/**
 * A read-model document with the sequence number of the last event of its aggregate applied to it,
 * and the global position that event was delivered at.
 */
public record Stored<T>(T document, long version, long lastPosition) {
}
