package nl.contractledger.projections.document;

/** A read-model document with the global position of the last event applied to it. */
public record Stored<T>(T document, long lastPosition) {
}
