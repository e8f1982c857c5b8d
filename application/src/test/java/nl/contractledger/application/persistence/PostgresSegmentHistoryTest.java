package nl.contractledger.application.persistence;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.PostgresPerClass;
import nl.contractledger.application.support.RunningApplication;
import nl.contractledger.application.support.SegmentHistoryOracle;
import nl.contractledger.application.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static nl.contractledger.application.support.SegmentHistoryOracle.positions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The histories of whole segments on PostgreSQL, read from the demo histories. */
@Tag("postgres")
class PostgresSegmentHistoryTest {

    @RegisterExtension
    static final PostgresPerClass DATABASE = new PostgresPerClass();

    @Test
    void givenTheDemoOnPostgres_whenAnAuditorReadsEverySegmentsHistory_thenItHoldsExactlyTheEventsThatConcernItWholeOrPaged() {
        String[] properties = Stream.concat(Stream.of(DATABASE.applicationProperties()), Stream.of("ledger.demo.enabled=true"))
                .toArray(String[]::new);
        try (RunningApplication application = RunningApplication.start(properties)) {
            ApiClient.Call auditor = application.api().as(TestUsers.REVIEWER, TestUsers.PASSWORD);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(auditor
                    .get("/api/contracts/h10-ontwikkel-2021?on=2027-01-01").json().path("termsVersionInForce").asInt()).isEqualTo(3));
            long head = application.jdbc().sql("SELECT MAX(global_index) FROM domain_event_entry").query(Long.class).single();
            SegmentHistoryOracle oracle = SegmentHistoryOracle.read(auditor);

            List<String> segments = new ArrayList<>();
            for (String region : List.of("haaglanden", "zuid-holland-zuid")) {
                auditor.get("/api/segments?regionId=" + region + "&minPosition=" + head).json()
                        .forEach(segment -> segments.add(segment.path("id").asString()));
            }
            assertThat(segments).hasSizeGreaterThan(10);
            for (String segment : segments) {
                JsonNode history = auditor.get("/api/segments/" + segment + "/history?minPosition=" + head).json();
                List<Long> expected = oracle.positionsConcerning(segment);
                assertThat(positions(history.path("events"))).as(segment).isEqualTo(expected);
                assertThat(SegmentHistoryOracle.pagedPositions(auditor, segment, 5)).as(segment + " in pages").isEqualTo(expected);
            }
        }
    }
}
