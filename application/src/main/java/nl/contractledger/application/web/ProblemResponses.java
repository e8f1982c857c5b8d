package nl.contractledger.application.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The problems an operation may answer, as the served OpenAPI description documents them: RFC 9457 problems
 * ({@code application/problem+json}) with the stable {@code code} that names the rule (API.md). Every operation may be
 * refused as malformed, unsigned or not allowed to the role; a command also as missing, conflicting, stale under
 * {@code If-Match}, too large or against a rule of the domain; a read as missing or not ready; any of them as busy.
 */
public final class ProblemResponses {

    static final String SCHEMA = "Problem";
    /** The problem's schema where an operation documents a problem of its own. */
    public static final String SCHEMA_REF = "#/components/schemas/" + SCHEMA;

    /** The kinds of operation, by what they may be refused for. */
    enum Kind { COMMAND, READ, OTHER }

    private static final Map<String, String> EVERY = Map.of(
            "400", "VALIDATION_FAILED (or AMOUNT_MALFORMED): a malformed body, parameter or header; errors[] names each field",
            "401", "UNAUTHORIZED: sign in",
            "403", "FORBIDDEN: the role does not allow this");
    private static final Map<String, String> COMMANDS = Map.of(
            "404", "NOT_FOUND: the aggregate the command is for does not exist",
            "409", "ALREADY_EXISTS (the id is taken), STATE_CONFLICT, or CONCURRENT_MODIFICATION (retry)",
            "412", "VERSION_CONFLICT: If-Match is not the aggregate's version; nothing was written",
            "413", "PAYLOAD_TOO_LARGE: the body is over the limit",
            "415", "UNSUPPORTED_MEDIA_TYPE: the body is not application/json in UTF-8",
            "422", "a rule of the domain is broken, named by code (STANDSTILL_NOT_ELAPSED, DATE_ORDER_INVALID, …), "
                    + "or IDEMPOTENCY_KEY_REUSED with another body; nothing was written",
            "503", "DATABASE_BUSY: a passing failure of the database; nothing was written, send it again (Retry-After)");
    private static final Map<String, String> READS = Map.of(
            "404", "NOT_FOUND",
            "406", "NOT_ACCEPTABLE: the Accept header asks for a form this read does not serve",
            "503", "READ_MODEL_BEHIND (minPosition not reached in time), READ_MODEL_REBUILDING or DATABASE_BUSY: "
                    + "ask again (Retry-After)");
    private static final Map<String, String> OTHERS = Map.of(
            "404", "NOT_FOUND",
            "409", "STATE_CONFLICT",
            "503", "DATABASE_BUSY: ask again (Retry-After)");

    private ProblemResponses() {
    }

    /** The problem's schema: RFC 9457's members, the stable code, and for bad fields each field with its message. */
    static Schema<?> schema() {
        Schema<?> error = new ObjectSchema()
                .addProperty("field", new StringSchema().description("where the value stands, e.g. products[0].tariff"))
                .addProperty("message", new StringSchema());
        return new ObjectSchema().description("An RFC 9457 problem; rule violations may add the dates involved")
                .addProperty("type", new StringSchema().example("urn:contract-ledger:problem:validation-failed"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("code", new StringSchema().description("stable, names the broken rule").example("VALIDATION_FAILED"))
                .addProperty("errors", new ArraySchema().items(error));
    }

    /** A problem as the answer's content: a content of its own for each answer, as the description's model expects. */
    private static Content problemContent() {
        return new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new MediaType().schema(new Schema<>().$ref(SCHEMA_REF)));
    }

    /** Adds the problems an operation of the kind may answer, keeping any it documents itself. */
    static Operation document(Operation operation, Kind kind) {
        Map<String, String> problems = new LinkedHashMap<>(EVERY);
        problems.putAll(switch (kind) {
            case COMMAND -> COMMANDS;
            case READ -> READS;
            case OTHER -> OTHERS;
        });
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        problems.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(status -> responses.putIfAbsent(status.getKey(),
                new ApiResponse().description(status.getValue()).content(problemContent())));
        operation.setResponses(responses);
        return operation;
    }
}
