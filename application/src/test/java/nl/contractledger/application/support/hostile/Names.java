package nl.contractledger.application.support.hostile;

import tools.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** What a schema property is, as far as a generator of bodies needs to know. */
final class Names {

    private Names() {
    }

    static Set<String> required(JsonNode schema) {
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(name -> required.add(name.asString()));
        return required;
    }

    static boolean isId(String name) {
        return name.equals("id") || name.endsWith("Id") || name.endsWith("Ids");
    }

    static boolean isAmount(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.contains("amount") || lower.contains("tariff") || lower.equals("cap");
    }

    static boolean isDate(JsonNode schema) {
        return schema.path("format").asString("").equals("date");
    }
}
