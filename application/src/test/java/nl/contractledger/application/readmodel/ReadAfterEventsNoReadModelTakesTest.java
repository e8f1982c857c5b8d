package nl.contractledger.application.readmodel;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.Response;
import nl.contractledger.application.support.RunningApplication;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A segment's timeline waits for five read models, among them the contract register and the tenders, which take
 * no region event: their processors pass a segment's closure without a batch, and store their token only when
 * they next extend their claim, five seconds on. A read right after the closure must not wait for that: here the
 * wait is cut to two seconds, which it must not reach.
 */
class ReadAfterEventsNoReadModelTakesTest {

    @Test
    void givenASegmentClosedAndMerged_whenTheTimelineHistoryAndDeadlinesAreReadAtItsPosition_thenTheyAnswerWithoutWaitingForTheClaims() {
        try (RunningApplication app = RunningApplication.start(
                "spring.datasource.url=jdbc:h2:mem:passed-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "ledger.read-models.wait-timeout=2s")) {
            ApiClient.Call procurement = app.api().as("procurement");
            ApiClient.Call auditor = app.api().as("auditor");
            for (int round = 1; round <= 3; round++) {
                String region = "passed-" + round;
                created(procurement.post("/api/regions", "{\"id\": \"%s\", \"name\": \"R\", \"municipalities\": [\"Delft\"]}".formatted(region)));
                for (int number : new int[]{1, 5}) {
                    created(procurement.post("/api/regions/" + region + "/segments", """
                            {"id": "%s-s%d", "number": %d, "name": "S", "procurementForm": "OPEN_HOUSE", "fundingForm": "EFFORT_BASED"}"""
                            .formatted(region, number, number)));
                }
                Response closed = procurement.post("/api/regions/" + region + "/segments/" + region + "-s5/closure",
                        "{\"mergeIntoSegmentId\": \"%s-s1\", \"effectiveOn\": \"2026-01-01\", \"decisionRef\": \"AB\"}".formatted(region));
                assertThat(closed.status()).as(closed.body()).isEqualTo(200);

                for (String read : new String[]{"/api/segments/" + region + "-s1/timeline?kind=revision&minPosition=" + closed.position(),
                        "/api/segments/" + region + "-s1/history", "/api/regions/" + region + "/deadlines"}) {
                    Response answer = auditor.get(read);
                    assertThat(answer.status()).as(read + ": " + answer.body()).isEqualTo(200);
                }
            }
        }
    }

    private static void created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }
}
