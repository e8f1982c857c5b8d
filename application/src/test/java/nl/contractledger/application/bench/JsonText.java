package nl.contractledger.application.bench;

import tools.jackson.databind.json.JsonMapper;

/** Benchmark figures as JSON. */
final class JsonText {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonText() {
    }

    static String of(Object figures) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(figures);
    }
}
