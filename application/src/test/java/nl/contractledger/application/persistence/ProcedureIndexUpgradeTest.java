package nl.contractledger.application.persistence;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.Response;
import nl.contractledger.application.support.RunningApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An H2 file written before the tenders and revision procedures kept their index by region and segment (schema 21) is
 * upgraded: the migration deletes both read models' tokens, so the first start rebuilds them and fills the index, and
 * the lists of a region's or a segment's tenders name them again.
 */
class ProcedureIndexUpgradeTest {

    @TempDir
    Path directory;

    @Test
    void givenTendersRecordedBeforeTheirIndex_whenTheApplicationIsUpgraded_thenARegionsAndASegmentsListsNameThem() {
        String[] database = {"spring.datasource.url=jdbc:h2:file:" + directory.resolve("ledger").toAbsolutePath()};
        try (RunningApplication before = RunningApplication.start(database)) {
            ApiClient.Call procurement = before.api().as("procurement");
            created(procurement.post("/api/regions", "{\"id\": \"pi\", \"name\": \"R\", \"municipalities\": [\"Delft\"]}"));
            for (String segment : List.of("pi-s1", "pi-s2")) {
                created(procurement.post("/api/regions/pi/segments", ("{\"id\": \"%s\", \"number\": %s, \"name\": \"S\", "
                        + "\"procurementForm\": \"NEW_TENDER\", \"fundingForm\": \"EFFORT_BASED\"}").formatted(segment, segment.substring(4))));
            }
            long planned = 0;
            for (String[] tender : List.of(new String[]{"pi-t1", "pi-s1"}, new String[]{"pi-t2", "pi-s2"})) {
                planned = created(procurement.post("/api/tenders", """
                        {"id": "%s", "regionId": "pi", "segmentIds": ["%s"], "title": "T", "estimatedValue": "1000000.00",
                         "plannedMilestones": {"publication": "2027-02-01", "submissionDeadline": "2027-05-01",
                          "awardDecision": "2027-06-01", "award": "2027-06-30", "contractStart": "2028-01-01"}}"""
                        .formatted(tender[0], tender[1]))).position();
            }
            assertThat(ids(procurement, "/api/tenders?regionId=pi&minPosition=" + planned)).as("handled before the downgrade")
                    .containsExactly("pi-t1", "pi-t2");
            TimelineUpgradeTest.leaveAsSchemaTwentyOneLeftIt(before.jdbc());
        }
        try (RunningApplication upgraded = RunningApplication.start(database)) {
            ApiClient.Call legal = upgraded.api().as("legal");
            assertThat(ids(legal, "/api/tenders?regionId=pi")).containsExactly("pi-t1", "pi-t2");
            assertThat(ids(legal, "/api/tenders?segmentId=pi-s2")).containsExactly("pi-t2");
            assertThat(ids(legal, "/api/tenders?regionId=pi&segmentId=pi-s1&state=PLANNED")).containsExactly("pi-t1");
            assertThat(ids(legal, "/api/revisions?regionId=pi")).isEmpty();
            assertThat(upgraded.jdbc().sql("SELECT COUNT(*) FROM tender_segment").query(Long.class).single()).isEqualTo(2);
        }
    }

    /** The ids the list answers once the read model is rebuilt (a client retries a 503, as its Retry-After says). */
    private static List<String> ids(ApiClient.Call reader, String list) {
        Response answer = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> reader.get(list), read -> read.status() != 503);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().findValuesAsString("id");
    }

    private static Response created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }
}
