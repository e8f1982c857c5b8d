package nl.contractledger.application.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.contractledger.projections.history.EventHistory;
import nl.contractledger.projections.history.HistoryEntry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The global event feed and the tamper-evident history: verification, checkpoints and the public key. */
@RestController
class AuditController {

    private final EventHistory history;
    private final AuditVerifier verifier;
    private final Checkpoints checkpoints;
    private final Sealer sealer;
    private final AuditKeys keys;

    AuditController(EventHistory history, AuditVerifier verifier, Checkpoints checkpoints, Sealer sealer, AuditKeys keys) {
        this.history = history;
        this.verifier = verifier;
        this.checkpoints = checkpoints;
        this.sealer = sealer;
        this.keys = keys;
    }

    /** Every event in global order with its metadata; page with {@code afterPosition} (the last position seen). */
    @GetMapping("/api/events")
    EventFeed events(@RequestParam(defaultValue = "0") @Min(0) long afterPosition,
                     @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        List<HistoryEntry> events = history.after(afterPosition, limit);
        long last = events.isEmpty() ? afterPosition : events.get(events.size() - 1).position();
        return new EventFeed(events, last);
    }

    @GetMapping("/api/audit/verification")
    Verification verification() {
        return verifier.verify();
    }

    @GetMapping("/api/audit/checkpoints")
    List<Checkpoint> checkpoints() {
        return checkpoints.all();
    }

    /** Seals what is committed and signs a checkpoint at the head now. */
    @PostMapping("/api/audit/checkpoints")
    Checkpoint checkpointNow() {
        sealer.sealAvailable();
        return checkpoints.takeAtHead();
    }

    @GetMapping("/api/audit/public-key")
    PublicKeyAnswer publicKey() {
        return new PublicKeyAnswer(keys.keyId(), "Ed25519", keys.publicKeyBase64());
    }

    record EventFeed(List<HistoryEntry> events, long lastPosition) {
    }

    record PublicKeyAnswer(String keyId, String algorithm, String publicKey) {
    }
}
