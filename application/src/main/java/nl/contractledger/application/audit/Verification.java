package nl.contractledger.application.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The outcome of recomputing the chain: {@code ok}, up to which position it was verified, the
 * chain's hash there, and when not ok the first position found broken and why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Verification(boolean ok, long verifiedThroughPosition, String headHash, Long firstBrokenPosition,
                           String reason, int checkpointsVerified) {

    static Verification ok(long through, String hash, int checkpoints) {
        return new Verification(true, through, hash, null, null, checkpoints);
    }

    static Verification broken(long through, String hash, long position, String reason, int checkpoints) {
        return new Verification(false, through, hash, position, reason, checkpoints);
    }
}
