package nl.contractledger.application.web.query;

import nl.contractledger.domain.shared.ErrorCode;
import nl.contractledger.domain.shared.RuleViolation;

import java.time.Instant;

/** The {@code 404 NOT_FOUND} answers of reads. */
public final class NotFound {

    private NotFound() {
    }

    public static RuleViolation of(String what, String id, Instant asOf) {
        return new RuleViolation(ErrorCode.NOT_FOUND, "no " + what + " " + id + " exists"
                + (asOf == null ? "" : " as recorded at " + asOf));
    }
}
