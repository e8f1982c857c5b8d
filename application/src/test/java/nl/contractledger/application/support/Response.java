package nl.contractledger.application.support;

import tools.jackson.databind.JsonNode;

import java.net.http.HttpHeaders;

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

    @Override
    public String toString() {
        return status + " " + body;
    }
}
