package nl.contractledger.application.config;

import nl.contractledger.application.support.RunningApplication;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OneSegmentReadModelsTest {

    @Test
    void givenTheTimelinesConfiguredInTwoSegments_whenTheApplicationStarts_thenTheStartIsRefusedNamingThem() {
        assertThatThrownBy(() -> RunningApplication.start(memory(), "axon.eventhandling.processors.timelines.initial-segment-count=2").close())
                .hasStackTraceContaining("The timelines read model follows events across aggregates and must run in one segment, "
                        + "but axon.eventhandling.processors.timelines.initial-segment-count is 2");
    }

    @Test
    void givenTheOcdsExportConfiguredInFourSegments_whenTheApplicationStarts_thenTheStartIsRefusedNamingIt() {
        assertThatThrownBy(() -> RunningApplication.start(memory(), "axon.eventhandling.processors.ocds.initial-segment-count=4").close())
                .hasStackTraceContaining("The ocds read model follows events across aggregates and must run in one segment, "
                        + "but axon.eventhandling.processors.ocds.initial-segment-count is 4");
    }

    private static String memory() {
        return "spring.datasource.url=jdbc:h2:mem:segments-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }
}
