package nl.contractledger.application.command;

/**
 * Everything about an HTTP command request that is not the command itself: who sends it, under
 * which correlation id, the optional {@code If-Match} version, the optional {@code Idempotency-Key}
 * and a hash of the request that the key must keep answering.
 */
public record CommandContext(String actor, String correlationId, Long expectedVersion, String idempotencyKey,
                             String requestHash) {
}
