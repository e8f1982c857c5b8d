package nl.contractledger.application.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The outcome of recomputing the chain: {@code ok}, up to which position it was verified, the chain's hash there, and
 * when not ok the first position found broken and why. {@code unsealedPositions} are the events the chain does not
 * cover although it was sealed past them: each stood at a position the sealer passed as empty, so the chain links
 * across it and verifies on around it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Verification(boolean ok, long verifiedThroughPosition, String headHash, Long firstBrokenPosition,
                           String reason, int checkpointsVerified, List<Long> unsealedPositions) {

    static Verification ok(long through, String hash, int checkpoints) {
        return new Verification(true, through, hash, null, null, checkpoints, null);
    }

    static Verification broken(long through, String hash, long position, String reason, int checkpoints) {
        return new Verification(false, through, hash, position, reason, checkpoints, null);
    }

    /** The chain verified through {@code through} around events it does not cover. */
    static Verification unsealed(long through, String hash, List<Long> positions, int checkpoints) {
        return new Verification(false, through, hash, positions.get(0), positions.size() + " event(s) without a seal"
                + " at positions the chain passed as empty, the first at " + positions.get(0) + ": committed after the"
                + " sealer had given up waiting for them, or inserted; the chain verifies around them", checkpoints,
                List.copyOf(positions));
    }

    /** This outcome, broken, with the events found outside the chain before it broke. */
    Verification withUnsealed(List<Long> unsealed) {
        return new Verification(ok, verifiedThroughPosition, headHash, firstBrokenPosition, reason, checkpointsVerified,
                List.copyOf(unsealed));
    }
}
