package nl.contractledger.application.command;

/** An {@code Idempotency-Key} came back with another request than the one it first answered. */
public class IdempotencyKeyReused extends RuntimeException {

    IdempotencyKeyReused(String key) {
        super("Idempotency-Key " + key + " was first used for another request", null, false, false);
    }
}
