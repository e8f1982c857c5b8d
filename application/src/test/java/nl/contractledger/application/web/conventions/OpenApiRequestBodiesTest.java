package nl.contractledger.application.web.conventions;

import nl.contractledger.application.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description documents the body each endpoint really reads: request records of the same
 * simple name (a tender's, a contract's and a revision's {@code Publish}) must not collapse into one schema.
 */
class OpenApiRequestBodiesTest extends ApiTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void givenEveryEndpointThatReadsABody_whenItsDocumentedSchemaIsRead_thenItListsTheFieldsOfItsOwnRequestRecord() {
        JsonNode openApi = api.anonymous().get("/v3/api-docs").json();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            Class<?> body = Arrays.stream(mapping.getValue().getMethodParameters())
                    .filter(parameter -> parameter.hasParameterAnnotation(RequestBody.class))
                    .map(MethodParameter::getParameterType).filter(Class::isRecord).findFirst().orElse(null);
            if (body == null) {
                continue;
            }
            Set<String> fields = Arrays.stream(body.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            for (String path : mapping.getKey().getPatternValues()) {
                for (var method : mapping.getKey().getMethodsCondition().getMethods()) {
                    checked++;
                    Set<String> documented = documentedFields(openApi, method.name().toLowerCase(), path);
                    if (!documented.equals(fields)) {
                        wrong.add(method + " " + path + " reads " + fields + " but documents " + documented);
                    }
                }
            }
        }
        assertThat(checked).as("endpoints with a request body").isGreaterThan(40);
        assertThat(wrong).isEmpty();
    }

    @Test
    void givenMoneyAndDatesInRequestBodies_whenDocumented_thenTheirFormAndWindowAreDescribed() {
        JsonNode schemas = api.anonymous().get("/v3/api-docs").json().path("components").path("schemas");

        for (String money : List.of("SetBudget.amount", "SetSavingsTarget.minAmount", "SetSavingsTarget.maxAmount",
                "Cap.amount", "ContractProductLine.tariff", "TariffLine.amount")) {
            JsonNode property = schemas.path(money.substring(0, money.indexOf('.'))).path("properties")
                    .path(money.substring(money.indexOf('.') + 1));
            assertThat(property.path("pattern").asString()).as(money).isEqualTo("^\\d{1,13}(\\.\\d{1,2})?$");
            assertThat(property.path("example").asString()).as(money).isEqualTo("4805809.00");
        }
        List<String> dates = new ArrayList<>();
        schemas.properties().forEach(schema -> schema.getValue().path("properties").properties().forEach(property -> {
            if (property.getValue().path("format").asString("").equals("date")) {
                dates.add(schema.getKey() + "." + property.getKey() + ": " + property.getValue().path("description").asString(""));
            }
        }));
        assertThat(dates).as("dates in request and answer bodies").hasSizeGreaterThan(30)
                .allSatisfy(date -> assertThat(date).contains("from 1900-01-01 to 2199-12-31"));
    }

    private static Set<String> documentedFields(JsonNode openApi, String method, String path) {
        String reference = openApi.path("paths").path(path).path(method).path("requestBody").path("content")
                .path("application/json").path("schema").path("$ref").asString("");
        JsonNode schema = openApi.path("components").path("schemas").path(reference.replace("#/components/schemas/", ""));
        Set<String> names = new TreeSet<>();
        schema.path("properties").propertyNames().forEach(names::add);
        return names;
    }
}
