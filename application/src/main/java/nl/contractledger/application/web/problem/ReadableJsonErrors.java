package nl.contractledger.application.web.problem;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.Map;

/** Says in plain words what is wrong with a JSON body, without echoing internals or stack traces. */
final class ReadableJsonErrors {

    private ReadableJsonErrors() {
    }

    static Map<String, String> describe(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return Problems.error(path(unknown), "unknown field '" + unknown.getPropertyName() + "'");
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return Problems.error(path(mismatch), "must be " + ExpectedValues.of(mismatch.getTargetType()));
        }
        if (cause instanceof InputCoercionException range) {
            return Problems.error(path(range), "the number is out of range for "
                    + (range.getTargetType() == null ? "a number" : ExpectedValues.of(range.getTargetType())));
        }
        if (cause instanceof StreamReadException) {
            return Problems.error("", "the body is not well-formed JSON");
        }
        if (cause instanceof JacksonException jackson) {
            return Problems.error(path(jackson), "the value cannot be read");
        }
        return Problems.error("", "the body is missing or cannot be read as JSON");
    }

    static String path(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
