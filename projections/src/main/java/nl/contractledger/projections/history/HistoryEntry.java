package nl.contractledger.projections.history;

import tools.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One recorded event of an aggregate, with who recorded it, when, and in answer to which request.
 * {@code type} is the domain name of the event ({@code MunicipalityWithdrew}); {@code payloadType}
 * the stored class name; {@code aggregateId} is the id without its stream prefix. {@code seal} is the
 * event's link in the tamper-evident hash chain, {@code hash(n)}, null until it is sealed (within a second).
 */
public record HistoryEntry(long position, String aggregateType, String aggregateId, long sequence, String type,
                           String payloadType, String revision,
                           Instant recordedAt, String actor, String correlationId, String causationId,
                           String seal, JsonNode payload) {
}
