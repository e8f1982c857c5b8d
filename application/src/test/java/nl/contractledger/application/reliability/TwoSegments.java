package nl.contractledger.application.reliability;

import nl.contractledger.application.support.RunningApplication;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The five document read models in two segments each, on two threads, as ADR 0020 allows. */
final class TwoSegments {

    private static final List<String> DOCUMENT_READ_MODELS = List.of("regions", "providers", "tenders", "contracts", "revisions");

    private TwoSegments() {
    }

    /** The database's properties, and two segments on two threads for each document read model. */
    static String[] with(String... database) {
        List<String> properties = new ArrayList<>(List.of(database));
        for (String readModel : DOCUMENT_READ_MODELS) {
            properties.add("axon.eventhandling.processors." + readModel + ".initial-segment-count=2");
            properties.add("axon.eventhandling.processors." + readModel + ".thread-count=2");
        }
        return properties.toArray(String[]::new);
    }

    /** Each document read model kept a token in both its segments; the timelines, in their one. */
    static void assertUsed(RunningApplication application) {
        for (String readModel : Stream.concat(DOCUMENT_READ_MODELS.stream(), Stream.of("timelines")).toList()) {
            assertThat(application.jdbc().sql("SELECT segment FROM token_entry WHERE processor_name = :name ORDER BY segment")
                    .param("name", readModel).query(Integer.class).list())
                    .as(readModel).containsExactlyElementsOf(readModel.equals("timelines") ? List.of(0) : List.of(0, 1));
        }
    }
}
