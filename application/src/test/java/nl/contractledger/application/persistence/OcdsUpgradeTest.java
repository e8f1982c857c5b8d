package nl.contractledger.application.persistence;

import nl.contractledger.application.admin.ProjectionRebuild;
import nl.contractledger.application.admin.RebuildProgress;
import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.Response;
import nl.contractledger.application.support.RunningApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An H2 file whose OCDS export schema 27 wrote, ending every period as its last day began, is upgraded: the export is
 * rebuilt from the first event once the upgraded application has started, and its periods end with their last day.
 */
class OcdsUpgradeTest {

    private static final String OCID = "ocds-xxxxxx-contract-ocds-up-2022";

    @TempDir
    Path directory;

    @Test
    void givenReleasesThatEndedTheirPeriodsAsTheLastDayBegan_whenUpgraded_thenTheExportIsBuiltAgainWithEachPeriodsLastDay() {
        String[] database = {"spring.datasource.url=jdbc:h2:file:" + directory.resolve("ledger").toAbsolutePath()};
        long position;
        try (RunningApplication before = RunningApplication.start(database)) {
            ApiClient.Call procurement = before.api().as("procurement");
            assertThat(procurement.post("/api/regions", """
                    {"id": "ocds-up", "name": "Zuid-Holland Zuid", "municipalities": ["Dordrecht"]}""").status()).isEqualTo(201);
            assertThat(procurement.post("/api/regions/ocds-up/segments", """
                    {"id": "ocds-up-s1", "number": 1, "name": "Jeugdhulp", "procurementForm": "OPEN_HOUSE",
                     "fundingForm": "EFFORT_BASED"}""").status()).isEqualTo(201);
            Response published = procurement.post("/api/contracts", """
                    {"id": "ocds-up-2022", "regionId": "ocds-up", "segmentIds": ["ocds-up-s1"], "kind": "GENERAL_AGREEMENT",
                     "title": "Algemene overeenkomst 2022", "route": {"type": "OPEN_HOUSE"}, "startsOn": "2022-01-01",
                     "endsOn": "2027-12-31", "maxEndOn": "2029-12-31", "extensionOptions": [{"months": 24}],
                     "fundingForm": "EFFORT_BASED", "document": {"title": "O", "sha256": "%s"}}""".formatted("ef".repeat(32)));
            assertThat(published.status()).isEqualTo(201);
            position = published.position();
            assertThat(period(before.api(), position).path("endDate").asString()).isEqualTo("2027-12-31T23:59:59+01:00");
            int rewritten = before.jdbc().sql("UPDATE ocds_release SET release_json = REPLACE(release_json, 'T23:59:59', 'T00:00:00')")
                    .update();
            assertThat(rewritten).as("the releases as schema 27 wrote them").isPositive();
            assertThat(period(before.api(), position).path("endDate").asString()).isEqualTo("2027-12-31T00:00:00+01:00");
            TimelineUpgradeTest.leaveAsSchemaTwentySevenLeftIt(before.jdbc());
        }
        try (RunningApplication upgraded = RunningApplication.start(database)) {
            JsonNode period = period(upgraded.api(), position);
            assertThat(period.path("endDate").asString()).isEqualTo("2027-12-31T23:59:59+01:00");
            assertThat(period.path("maxExtentDate").asString()).isEqualTo("2029-12-31T23:59:59+01:00");
            assertThat(period.path("startDate").asString()).as("a start stays the start of its day").isEqualTo("2022-01-01T00:00:00+01:00");
            RebuildProgress rebuilt = upgraded.bean(ProjectionRebuild.class).progress("ocds").orElseThrow();
            assertThat(rebuilt.done()).as("built again by the rebuild").isTrue();
            assertThat(rebuilt.failure()).isNull();
        }
    }

    /** The contract's period in the record's compiled release, once the export answers (not 503 while rebuilt). */
    private static JsonNode period(ApiClient api, long position) {
        Response record = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> api.as("auditor")
                .get("/api/ocds/records/" + OCID + "?minPosition=" + position), read -> read.status() != 503);
        assertThat(record.status()).as(record.body()).isEqualTo(200);
        return record.json().path("records").get(0).path("compiledRelease").path("contracts").get(0).path("period");
    }
}
