package nl.contractledger.application.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import nl.contractledger.application.web.command.CommandRequest;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Arrays;

/** The served OpenAPI description: title, HTTP Basic, and the headers every command endpoint takes. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CommandRequest.class);
    }

    @Bean
    OpenAPI contractLedgerApi() {
        return new OpenAPI()
                .info(new Info().title("Contract Ledger").version("1")
                        .description("The lifecycle of regional youth-care contracts, recorded as events."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    @Bean
    OperationCustomizer commandHeaders() {
        return (operation, handler) -> {
            boolean isCommand = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(parameter -> parameter.getParameterType() == CommandRequest.class);
            if (isCommand) {
                operation.addParametersItem(header("If-Match", "the aggregate version the command expects, e.g. \"3\""));
                operation.addParametersItem(header("Idempotency-Key", "a UUID; a repeat returns the first answer"));
                operation.addParametersItem(header(CorrelationIdFilter.HEADER, "recorded on every event it causes"));
            }
            return operation;
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
