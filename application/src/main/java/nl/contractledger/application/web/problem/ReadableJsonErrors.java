package nl.contractledger.application.web.problem;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
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
        if (cause instanceof InvalidFormatException format) {
            return Problems.error(path(format), "value does not have the expected format ("
                    + format.getTargetType().getSimpleName() + ")");
        }
        if (cause instanceof MismatchedInputException mismatch) {
            String target = mismatch.getTargetType() == null ? "value" : mismatch.getTargetType().getSimpleName();
            return Problems.error(path(mismatch), "wrong type: expected " + target);
        }
        if (cause instanceof InputCoercionException range) {
            String target = range.getTargetType() == null ? "a number" : range.getTargetType().getSimpleName();
            return Problems.error(path(range), "the number is out of range (" + target + ")");
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
