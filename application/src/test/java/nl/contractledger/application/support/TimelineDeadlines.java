package nl.contractledger.application.support;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** The open deadlines of a timeline's entries, as {@code "2040-12-31 Contract "…" ends"}, in the timeline's order. */
public final class TimelineDeadlines {

    private TimelineDeadlines() {
    }

    public static List<String> of(JsonNode entries) {
        List<String> deadlines = new ArrayList<>();
        entries.forEach(entry -> {
            if (entry.path("deadline").asBoolean()) {
                deadlines.add(entry.path("date").asString() + " " + entry.path("summary").asString());
            }
        });
        return deadlines;
    }
}
