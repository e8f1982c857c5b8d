package nl.contractledger.application.admin;

import java.time.Instant;

/** An event a read model could not handle, waiting in the dead-letter queue. */
public record DeadLetterView(String eventIdentifier, String payloadType, String aggregateIdentifier, long sequenceNumber,
                             String causeType, String causeMessage, Instant enqueuedAt) {
}
