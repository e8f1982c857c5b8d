package nl.contractledger.application.web.command;

import nl.contractledger.application.command.CommandContext;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The headers and identity of a command request, resolved for every command endpoint: the actor,
 * {@code X-Correlation-Id}, {@code If-Match} and {@code Idempotency-Key}.
 */
public final class CommandRequest {

    private final String actor;
    private final String correlationId;
    private final Long expectedVersion;
    private final String idempotencyKey;
    private final String target;
    private final JsonMapper json;

    CommandRequest(String actor, String correlationId, Long expectedVersion, String idempotencyKey, String target,
                   JsonMapper json) {
        this.actor = actor;
        this.correlationId = correlationId;
        this.expectedVersion = expectedVersion;
        this.idempotencyKey = idempotencyKey;
        this.target = target;
        this.json = json;
    }

    /** The command context for this request with the given (already parsed) body. */
    public CommandContext with(Object body) {
        String hash = idempotencyKey == null ? null : sha256(target + "\n" + json.writeValueAsString(body));
        return new CommandContext(actor, correlationId, expectedVersion, idempotencyKey, hash);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
