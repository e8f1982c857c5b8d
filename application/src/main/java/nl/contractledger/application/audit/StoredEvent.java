package nl.contractledger.application.audit;

/** One row of the event store, exactly as stored: what the hash chain seals. */
public record StoredEvent(long position, String aggregateId, long sequence, String type, String payloadType,
                          String payloadRevision, String recordedAt, byte[] payload, byte[] metaData) {
}
