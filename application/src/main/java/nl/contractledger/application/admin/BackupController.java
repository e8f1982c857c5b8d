package nl.contractledger.application.admin;

import nl.contractledger.application.web.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** An online backup of the embedded database (role ADMIN). */
@RestController
class BackupController {

    private final EmbeddedBackup backup;

    BackupController(EmbeddedBackup backup) {
        this.backup = backup;
    }

    @PostMapping("/api/admin/backups")
    ResponseEntity<?> take() {
        return backup.take().<ResponseEntity<?>>map(taken -> ResponseEntity.status(HttpStatus.CREATED).body(taken))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT,
                        "STATE_CONFLICT", "only the embedded H2 file database is backed up by the application; "
                                + "back PostgreSQL up with pg_dump (see docs/operations.md)")));
    }
}
