package nl.contractledger.application.web;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.exc.MismatchedInputException;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks money in a request body: a decimal string in euros ({@code "4805809.00"}). A JSON number, which may already
 * have lost a cent on its way, or any other value that is not a string, is refused as {@code AMOUNT_MALFORMED}, as
 * a malformed string is, rather than as a wrong type.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonDeserialize(using = Money.Text.class)
public @interface Money {

    /** Reads money as the string it must be. */
    final class Text extends ValueDeserializer<String> {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                return parser.getString();
            }
            throw new NotText(parser);
        }
    }

    /** Money that came as a JSON number, boolean, object or array. */
    final class NotText extends MismatchedInputException {

        private final String kind;

        NotText(JsonParser parser) {
            super(parser, "money must be a decimal string", String.class);
            JsonToken token = parser.currentToken();
            this.kind = token == null ? "value" : switch (token) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
                case VALUE_TRUE, VALUE_FALSE -> "boolean";
                case START_OBJECT -> "object";
                case START_ARRAY -> "array";
                default -> "value";
            };
        }

        /** What came instead of a string: {@code number}, {@code boolean}, {@code object} or {@code array}. */
        public String kind() {
            return kind;
        }
    }
}
