package nl.contractledger.application.support;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import nl.contractledger.projections.ocds.merge.OcdsMerge;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The official OCDS 1.1.4 release schema (draft 4), with its formats asserted: what every exported release must pass. */
public final class OcdsReleaseSchema {

    private static final Schema SCHEMA = load();

    private OcdsReleaseSchema() {
    }

    /** Every violation of the schema by the release, each as "location: message"; empty when it is valid. */
    public static List<String> violations(JsonNode release) {
        List<String> violations = new ArrayList<>();
        SCHEMA.validate(release, context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
                .forEach(error -> violations.add(release.path("id").asString() + " " + error.getInstanceLocation()
                        + ": " + error.getMessage()));
        return violations;
    }

    private static Schema load() {
        try (InputStream schema = OcdsMerge.class.getResourceAsStream(OcdsMerge.RELEASE_SCHEMA)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
