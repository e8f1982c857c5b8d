package nl.contractledger.application.admin;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import nl.contractledger.application.web.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Operations on the read models (role ADMIN): their status, and a rebuild from the first event. */
@RestController
@RequestMapping("/api/admin/projections")
class ProjectionAdminController {

    private final ProjectionAdmin admin;

    ProjectionAdminController(ProjectionAdmin admin) {
        this.admin = admin;
    }

    @GetMapping
    List<ProjectionStatus> projections() {
        return admin.statuses();
    }

    @GetMapping("/{name}/dead-letters")
    ResponseEntity<?> deadLetters(@PathVariable String name) {
        if (admin.status(name).isEmpty()) {
            return notFound(name);
        }
        return ResponseEntity.ok(admin.deadLetterList(name));
    }

    /** Retries the dead letters: each sequence is handled again, in order; one that fails again stays. */
    @PostMapping("/{name}/dead-letters/retry")
    ResponseEntity<?> retryDeadLetters(@PathVariable String name) {
        return admin.retryDeadLetters(name)
                .<ResponseEntity<?>>map(retried -> ResponseEntity.ok(Map.of("retriedSequences", retried,
                        "deadLetters", admin.deadLetters(name))))
                .orElseGet(() -> notFound(name));
    }

    /** A rebuild of a read model another node runs is not started again here: it would wait for that one's tokens. */
    private static ResponseEntity<?> rebuiltElsewhere(Map<String, String> nodes) {
        String which = nodes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(rebuilt -> "read model " + rebuilt.getKey() + " is being rebuilt by node " + rebuilt.getValue())
                .collect(Collectors.joining("; "));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT, "STATE_CONFLICT",
                which + "; GET /api/admin/projections shows how far"));
    }

    private static ResponseEntity<?> notFound(String name) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND, "NOT_FOUND",
                "no read model " + name));
    }

    /** Rebuilds every read model from the first event, together from one read of the store. */
    @ApiResponse(responseCode = "202", description = "Accepted: the rebuild runs in the background; its status now",
            useReturnTypeSchema = true)
    @PostMapping("/replay")
    ResponseEntity<?> replayAll() {
        Map<String, String> elsewhere = admin.rebuiltElsewhere();
        if (!elsewhere.isEmpty()) {
            return rebuiltElsewhere(elsewhere);
        }
        List<String> names = admin.replayAll();
        return ResponseEntity.accepted().body(admin.statuses().stream().filter(status -> names.contains(status.name())).toList());
    }

    @ApiResponse(responseCode = "202", description = "Accepted: the rebuild runs in the background; its status now",
            useReturnTypeSchema = true)
    @PostMapping("/{name}/replay")
    ResponseEntity<?> replay(@PathVariable String name) {
        if (ProjectionAdmin.isProcess(name)) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT, "STATE_CONFLICT",
                    name + " is a process, not a read model: replaying it would send its commands again"));
        }
        Map<String, String> elsewhere = admin.rebuiltElsewhere();
        if (elsewhere.containsKey(name)) {
            return rebuiltElsewhere(Map.of(name, elsewhere.get(name)));
        }
        if (!admin.replay(name)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND, "NOT_FOUND",
                    "no read model " + name));
        }
        return ResponseEntity.accepted().body(admin.status(name).orElseThrow());
    }
}
