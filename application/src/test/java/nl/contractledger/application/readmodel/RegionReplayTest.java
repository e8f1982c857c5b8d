package nl.contractledger.application.readmodel;

import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.Response;
import nl.contractledger.projections.region.RegionProjection;
import nl.contractledger.projections.region.RegionQueries;
import nl.contractledger.projections.region.RegionView;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Replaying the regions read model from the first event rebuilds exactly what it held before. */
class RegionReplayTest extends ApiTest {

    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private TokenStore tokens;
    @Autowired
    private RegionQueries regions;
    @Autowired
    private ReadModels readModels;

    @Test
    void givenARegionWithHistory_whenTheReadModelIsReplayed_thenItIsRebuiltEqualToBefore() {
        String region = unique("replayed");
        api.as("procurement").post("/api/regions",
                "{\"id\": \"%s\", \"name\": \"R\", \"municipalities\": [\"Delft\", \"Voorschoten\"]}".formatted(region));
        api.as("procurement").post("/api/regions/" + region + "/municipalities",
                "{\"name\": \"Leiden\", \"effectiveOn\": \"2025-01-01\"}");
        Response last = api.as("procurement").post("/api/regions/" + region + "/municipalities/Voorschoten/withdrawal",
                "{\"effectiveOn\": \"2026-01-01\", \"reason\": \"left\"}");
        readModels.awaitPosition(RegionProjection.PROCESSING_GROUP, last.position());
        RegionView before = regions.find(region).orElseThrow();

        StreamingEventProcessor processor = processing
                .eventProcessor(RegionProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens(StreamableMessageSource::createTailToken);
        assertThat(tokens.fetchToken(RegionProjection.PROCESSING_GROUP, 0)).isInstanceOf(ReplayToken.class);
        tokens.releaseClaim(RegionProjection.PROCESSING_GROUP, 0);
        assertThat(regions.find(region)).isEmpty();
        processor.start();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(regions.find(region)).hasValue(before));
        assertThat(readModels.position(RegionProjection.PROCESSING_GROUP)).isGreaterThanOrEqualTo(last.position());
    }
}
