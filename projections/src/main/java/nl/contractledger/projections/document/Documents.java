package nl.contractledger.projections.document;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON form of read-model documents: ISO dates, and tolerant of fields added later. */
final class Documents {

    private Documents() {
    }

    static JsonMapper mapper() {
        return JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }
}
