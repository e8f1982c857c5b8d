package nl.contractledger.application.readmodel;

import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.Response;
import nl.contractledger.projections.region.RegionProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Replaying the regions read model from the first event rebuilds exactly what it held before; meanwhile a region it
 * has not reached again is read from its events.
 */
class RegionReplayTest extends ApiTest {

    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private TokenStore tokens;
    @Autowired
    private ReadModels readModels;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void givenARegionWithHistory_whenTheReadModelIsReplayed_thenItIsRebuiltEqualToBefore() {
        String region = unique("replayed");
        String segment = unique("seg");
        api.as("procurement").post("/api/regions",
                "{\"id\": \"%s\", \"name\": \"R\", \"municipalities\": [\"Delft\", \"Voorschoten\"]}".formatted(region));
        api.as("procurement").post("/api/regions/" + region + "/municipalities",
                "{\"name\": \"Leiden\", \"effectiveOn\": \"2025-01-01\"}");
        api.as("procurement").post("/api/regions/" + region + "/segments", """
                {"id": "%s", "number": 1, "name": "Crisis", "procurementForm": "OPEN_HOUSE",
                 "fundingForm": "EFFORT_BASED", "products": [{"code": "45A51", "name": "crisis", "category": "45"}]}
                """.formatted(segment));
        Response last = api.as("procurement").post("/api/regions/" + region + "/municipalities/Voorschoten/withdrawal",
                "{\"effectiveOn\": \"2026-01-01\", \"reason\": \"left\"}");
        JsonNode before = read(region, last.position());

        StreamingEventProcessor processor = processing
                .eventProcessor(RegionProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens(StreamableMessageSource::createTailToken);
        assertThat(tokens.fetchToken(RegionProjection.PROCESSING_GROUP, 0)).isInstanceOf(ReplayToken.class);
        tokens.releaseClaim(RegionProjection.PROCESSING_GROUP, 0);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM read_document WHERE kind = 'region' AND id = :id").param("id", region)
                .query(Long.class).single()).as("cleared").isZero();
        assertThat(api.as("auditor").get("/api/regions/" + region).body())
                .as("read from its events meanwhile").isEqualTo(before.toString());
        processor.start();

        // a state is read from its events whether or not the read model has caught up (ADR 0015): wait for the replay
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(readModels.position(RegionProjection.PROCESSING_GROUP)).isGreaterThanOrEqualTo(last.position()));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM read_document WHERE kind = 'region' AND id = :id").param("id", region)
                .query(Long.class).single()).as("rebuilt").isOne();
        assertThat(api.as("auditor").get("/api/regions/" + region).body()).isEqualTo(before.toString());
        assertThat(api.as("auditor").get("/api/segments/" + segment).status()).isEqualTo(200);
    }

    private JsonNode read(String region, long position) {
        Response response = api.as("auditor").get("/api/regions/" + region + "?minPosition=" + position);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("segments")).hasSize(1);
        return response.json();
    }
}
