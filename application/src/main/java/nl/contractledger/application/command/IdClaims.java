package nl.contractledger.application.command;

import nl.contractledger.domain.shared.ErrorCode;
import nl.contractledger.domain.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Map;

/** The {@code id_claim} table: one row per claimed id, written with the events that need it. */
@Component
class IdClaims {

    private final JdbcClient jdbc;

    IdClaims(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the id for the stream; refuses with {@code ALREADY_EXISTS} when another stream holds it. */
    void claim(IdClaim claim, String stream) {
        jdbc.sql("SELECT stream FROM id_claim WHERE kind = :kind AND claimed_id = :id")
                .param("kind", claim.kind()).param("id", claim.id())
                .query(String.class).optional()
                .ifPresent(holder -> {
                    throw new RuleViolation(ErrorCode.ALREADY_EXISTS, claim.kind(), claim.kind() + " " + claim.id()
                            + " is already taken", Map.of(claim.kind(), claim.id()));
                });
        jdbc.sql("INSERT INTO id_claim (kind, claimed_id, stream) VALUES (:kind, :id, :stream)")
                .param("kind", claim.kind()).param("id", claim.id()).param("stream", stream)
                .update();
    }
}
