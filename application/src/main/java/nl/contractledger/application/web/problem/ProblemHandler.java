package nl.contractledger.application.web.problem;

import jakarta.validation.ConstraintViolationException;
import nl.contractledger.application.command.IdempotencyKeyReused;
import nl.contractledger.application.command.VersionConflict;
import nl.contractledger.application.config.TransientFailures;
import nl.contractledger.application.readmodel.ReadModelBehind;
import nl.contractledger.application.readmodel.ReadModelRebuilding;
import nl.contractledger.application.web.Money;
import nl.contractledger.domain.shared.Amount;
import nl.contractledger.domain.shared.RuleViolation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;
import java.util.Map;

/**
 * Turns every failure into an RFC 9457 problem with a stable {@code code}. Bad input is a 4xx that
 * names the field; a passing failure of the database is a 503; only a fault of the product itself is a
 * 500, and it never shows internals.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolated(RuleViolation violation) {
        ProblemDetail problem = Problems.of(ProblemStatus.of(violation.code()), violation.code().name(),
                violation.getMessage());
        if (violation.field() != null) {
            problem.setProperty("field", violation.field());
            problem.setProperty("errors", List.of(Problems.error(violation.field(), violation.getMessage())));
        }
        violation.facts().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(BadRequest.class)
    ProblemDetail badRequest(BadRequest bad) {
        return Problems.invalid(bad.getMessage(), List.of(Problems.error(bad.field(), bad.getMessage())));
    }

    /** A query string whose percent-encoding is not UTF-8 ({@code ?asOf=%FF}), which Tomcat cannot decode. */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail undecodableParameter(InvalidParameterException undecodable) {
        String message = "the query string is not percent-encoded UTF-8";
        return Problems.invalid(message, List.of(Problems.error("query", message)));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolated(ConstraintViolationException violated) {
        List<Map<String, String>> errors = violated.getConstraintViolations().stream()
                .map(violation -> Problems.error(violation.getPropertyPath().toString(), violation.getMessage()))
                .toList();
        return Problems.invalid("the request has invalid parameters", errors);
    }

    @ExceptionHandler(VersionConflict.class)
    ProblemDetail versionConflict(VersionConflict conflict) {
        ProblemDetail problem = Problems.of(HttpStatus.PRECONDITION_FAILED, "VERSION_CONFLICT", conflict.getMessage());
        problem.setProperty("expectedVersion", conflict.expectedVersion());
        problem.setProperty("actualVersion", conflict.actualVersion());
        return problem;
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ProblemDetail idempotencyKeyReused(IdempotencyKeyReused reused) {
        return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "IDEMPOTENCY_KEY_REUSED", reused.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException notFound) {
        return Problems.of(HttpStatus.NOT_FOUND, "NOT_FOUND",
                "no " + StreamKeys.describe(String.valueOf(notFound.getAggregateIdentifier())) + " exists");
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ProblemDetail alreadyExists(AggregateStreamCreationException exists) {
        return Problems.of(HttpStatus.CONFLICT, "ALREADY_EXISTS", "the id is already taken");
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail takenMeanwhile(DuplicateKeyException duplicate) {
        return Problems.of(HttpStatus.CONFLICT, "ALREADY_EXISTS", "the id was taken by a request at the same moment");
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentModification(ConcurrencyException conflict) {
        return Problems.of(HttpStatus.CONFLICT, "CONCURRENT_MODIFICATION",
                "another request changed the same record at the same moment; send the command again");
    }

    @ExceptionHandler(ReadModelBehind.class)
    ResponseEntity<ProblemDetail> readModelBehind(ReadModelBehind behind) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "READ_MODEL_BEHIND", behind.getMessage()));
    }

    @ExceptionHandler(ReadModelRebuilding.class)
    ResponseEntity<ProblemDetail> readModelRebuilding(ReadModelRebuilding rebuilding) {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "READ_MODEL_REBUILDING", rebuilding.getMessage());
        problem.setProperty("readModel", rebuilding.readModel());
        if (rebuilding.progressPercent() != null) {
            problem.setProperty("progressPercent", rebuilding.progressPercent());
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(rebuilding.retryAfter().toSeconds())).body(problem);
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException failure) {
        if (failure.getCause() instanceof RuleViolation violation) {
            ProblemDetail problem = ruleViolated(violation);
            return ResponseEntity.status(problem.getStatus()).body(problem);
        }
        return unexpected(failure);
    }

    /**
     * A failure of the database that passes by itself (a lock not granted in time, a lost connection) is a
     * {@code 503 DATABASE_BUSY} with {@code Retry-After}: nothing of the request was written, and sending it
     * again (a command with its {@code Idempotency-Key}) is safe. Anything else is a logged {@code 500}.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure) {
        if (TransientFailures.isTransient(failure)) {
            LOG.warn("A request met a passing failure of the database: {}", failure.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                    .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "DATABASE_BUSY",
                            "the database could not complete the request just now; send it again"));
        }
        LOG.error("Unexpected failure while handling a request", failure);
        return ResponseEntity.internalServerError().body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                "the request could not be completed; it has been logged"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        if (ex.getCause() instanceof Money.NotText notText) {
            return ResponseEntity.badRequest().body(ruleViolated(Amount.notText(ReadableJsonErrors.path(notText),
                    notText.kind())));
        }
        Map<String, String> error = ReadableJsonErrors.describe(ex.getCause());
        String detail = error.get("field").isEmpty() ? error.get("message")
                : error.get("field") + ": " + error.get("message");
        return ResponseEntity.badRequest().body(Problems.invalid(detail, List.of(error)));
    }

    /** A query or path parameter that is not of its type ({@code ?afterPosition=abc}, {@code /budgets/20x7}). */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() == null ? "" : ex.getPropertyName();
        String message = (field.isEmpty() ? "the value" : field) + " must be " + ExpectedValues.of(ex.getRequiredType());
        return ResponseEntity.badRequest().body(Problems.invalid(message, List.of(Problems.error(field, message))));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> Problems.error(error.getField(), error.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(Problems.invalid("the request has invalid fields", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<Map<String, String>> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> Problems.error(
                        result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(Problems.invalid("the request has invalid parameters", errors));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = Problems.of(statusCode, WebCodes.forStatus(statusCode),
                body instanceof ProblemDetail detail && detail.getDetail() != null ? detail.getDetail()
                        : HttpStatus.valueOf(statusCode.value()).getReasonPhrase());
        return ResponseEntity.status(statusCode).headers(headers).body(problem);
    }
}
