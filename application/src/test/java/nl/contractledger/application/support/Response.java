package nl.contractledger.application.support;

import tools.jackson.databind.JsonNode;

import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;

/** An HTTP answer with its body read as JSON on demand. */
public record Response(int status, HttpHeaders headers, String body) {

    public JsonNode json() {
        return ApiClient.json(body);
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public String code() {
        return json().path("code").asString();
    }

    public long position() {
        return json().path("position").asLong();
    }

    /** The {@code id} of each item of an answer that is a JSON array, in its order (not the ids nested in them). */
    public List<String> itemIds() {
        List<String> ids = new ArrayList<>();
        json().forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
