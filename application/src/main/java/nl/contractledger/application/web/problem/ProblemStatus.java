package nl.contractledger.application.web.problem;

import nl.contractledger.domain.shared.ErrorCode;
import org.springframework.http.HttpStatus;

/** The HTTP status of each domain error code (API.md: rule violations 422, malformed input 400). */
final class ProblemStatus {

    private ProblemStatus() {
    }

    static HttpStatus of(ErrorCode code) {
        return switch (code) {
            case VALIDATION_FAILED, AMOUNT_MALFORMED -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case ALREADY_EXISTS, STATE_CONFLICT -> HttpStatus.CONFLICT;
            case VERSION_CONFLICT -> HttpStatus.PRECONDITION_FAILED;
            default -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
    }
}
