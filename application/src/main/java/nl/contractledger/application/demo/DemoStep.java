package nl.contractledger.application.demo;

import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * One request of the demo histories: what it does ({@code step}), the source document it follows,
 * the facts in it that the sources leave out and that were invented, the request, and the status it
 * must answer (a 2xx unless {@code expect} says otherwise: some steps show a refusal).
 */
public record DemoStep(String step, String source, List<String> invented, String method, String path, JsonNode body,
                       Integer expect) {

    public DemoStep {
        invented = invented == null ? List.of() : List.copyOf(invented);
    }

    /** The same step always sends the same key, so a second load writes nothing. */
    String idempotencyKey() {
        String request = method + " " + path + " " + (body == null ? "" : body.toString());
        return UUID.nameUUIDFromBytes(("contract-ledger demo " + request).getBytes(StandardCharsets.UTF_8)).toString();
    }

    boolean answeredAsExpected(int status) {
        return expect == null ? status >= 200 && status < 300 : expect == status;
    }
}
