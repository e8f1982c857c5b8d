package nl.contractledger.application.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import nl.contractledger.application.web.command.CommandRequest;
import nl.contractledger.application.web.command.Creates;
import nl.contractledger.domain.shared.Amount;
import nl.contractledger.domain.shared.BusinessDates;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Map;

/**
 * The served OpenAPI description: title, HTTP Basic, the headers every command endpoint takes, and the form of
 * money and dates. JSON passed through as it was recorded (an event's payload, an OCDS package) is an object, not the
 * properties of the JSON reader's tree type.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    /** What the query parameters many reads share ask for, wherever a read takes them. */
    private static final Map<String, String> SHARED_READ_PARAMETERS = Map.of(
            "asOf", "the record as it stood at an instant (ISO-8601, e.g. 2026-03-01T12:00:00Z) or by the end of a day in "
                    + "Europe/Amsterdam (2026-03-01), folded from the events recorded by then",
            "on", "the business day a status or state (and a segment's products, a region's members) is described for; "
                    + "default today in Europe/Amsterdam",
            "minPosition", "answer once the read model has handled the event at this global position, e.g. a command's "
                    + "position; 503 READ_MODEL_BEHIND if it does not in time");

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CommandRequest.class)
                .replaceWithSchema(JsonNode.class, new ObjectSchema().description("JSON as recorded"))
                .replaceWithSchema(ObjectNode.class, new ObjectSchema());
    }

    @Bean
    OpenAPI contractLedgerApi() {
        return new OpenAPI()
                .info(new Info().title("Contract Ledger").version("1")
                        .description("The lifecycle of regional youth-care contracts, recorded as events."))
                .components(new Components().addSecuritySchemes("basic",
                                new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSchemas(ProblemResponses.SCHEMA, ProblemResponses.schema()))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    /**
     * The headers a command takes, a creation's {@code 201} ({@link Creates}), and the problems each operation may
     * answer ({@link ProblemResponses}).
     */
    @Bean
    OperationCustomizer commandHeadersAndProblems() {
        return (operation, handler) -> {
            boolean isCommand = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(parameter -> parameter.getParameterType() == CommandRequest.class);
            if (isCommand) {
                operation.addParametersItem(header("If-Match", "the aggregate version the command expects, e.g. \"3\", "
                        + "or the ETag of a read of it, e.g. \"3@2026-12-07\""));
                operation.addParametersItem(header("Idempotency-Key", "a UUID; a repeat returns the first answer"));
                operation.addParametersItem(header(CorrelationIdFilter.HEADER, "recorded on every event it causes"));
            }
            if (handler.hasMethodAnnotation(Creates.class) && operation.getResponses() != null
                    && operation.getResponses().containsKey("200")) {
                ApiResponse created = operation.getResponses().remove("200");
                operation.getResponses().addApiResponse("201", created.description("Created: the command's answer, with the "
                        + "aggregate's Location and ETag"));
            }
            boolean isRead = handler.hasMethodAnnotation(GetMapping.class);
            return ProblemResponses.document(operation, isCommand ? ProblemResponses.Kind.COMMAND
                    : isRead ? ProblemResponses.Kind.READ : ProblemResponses.Kind.OTHER);
        };
    }

    @Bean
    OperationCustomizer sharedReadParameters() {
        return (operation, handler) -> {
            if (operation.getParameters() != null) {
                operation.getParameters().stream()
                        .filter(parameter -> "query".equals(parameter.getIn()) && parameter.getDescription() == null)
                        .forEach(parameter -> parameter.setDescription(SHARED_READ_PARAMETERS.get(parameter.getName())));
            }
            return operation;
        };
    }

    /**
     * Money and dates say their form where they are documented: money a decimal string of at most two decimals
     * ({@link Money}), a date a calendar day within the ledger's window ({@link BusinessDates}).
     */
    @Bean
    PropertyCustomizer moneyAndDates() {
        return (property, type) -> {
            Annotation[] annotations = type.getCtxAnnotations() == null ? new Annotation[0] : type.getCtxAnnotations();
            if (Arrays.stream(annotations).anyMatch(annotation -> annotation.annotationType() == Money.class)) {
                property.setPattern(Amount.FORM);
                property.setExample("4805809.00");
                property.setDescription("euros as a decimal string with at most two decimals; anything else is "
                        + "AMOUNT_MALFORMED");
            } else if ("date".equals(property.getFormat()) && property.getDescription() == null) {
                property.setDescription("a calendar day in Europe/Amsterdam, from " + BusinessDates.FIRST + " to "
                        + BusinessDates.LAST);
            }
            return property;
        };
    }

    private static HeaderParameter header(String name, String description) {
        HeaderParameter parameter = new HeaderParameter();
        parameter.setName(name);
        parameter.setDescription(description);
        parameter.setRequired(false);
        parameter.setSchema(new StringSchema());
        return parameter;
    }
}
