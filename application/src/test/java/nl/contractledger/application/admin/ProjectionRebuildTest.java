package nl.contractledger.application.admin;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every read model rebuilt from the first event while the application serves equals what it was. */
class ProjectionRebuildTest extends ApiTest {

    @Autowired
    private ProjectionRebuild rebuild;

    private static final List<String> READ_MODELS = List.of("regions", "providers", "contracts", "timelines", "ocds");

    @Test
    void givenAHistory_whenEveryReadModelIsRebuiltThroughTheAdminApi_thenEachAnswersAsBefore() {
        String region = unique("rebuilt");
        Response last = history(region);
        Map<String, String> before = reads(region, last.position());

        for (String readModel : READ_MODELS) {
            Response accepted = api.as("admin").post("/api/admin/projections/" + readModel + "/replay", "");
            assertThat(accepted.status()).as(readModel).isEqualTo(202);
        }
        awaitRebuilt(READ_MODELS, last.position());
        assertThat(reads(region, last.position())).isEqualTo(before);
    }

    @Test
    void givenAHistory_whenAllReadModelsAreRebuiltTogether_thenEachAnswersAsBefore() {
        String region = unique("together");
        Response last = history(region);
        Map<String, String> before = reads(region, last.position());

        Response accepted = api.as("admin").post("/api/admin/projections/replay", "");

        assertThat(accepted.status()).isEqualTo(202);
        List<String> names = accepted.json().findValuesAsString("name");
        assertThat(names).containsAll(READ_MODELS).contains("tenders", "revisions").noneMatch(ProjectionAdmin::isProcess);
        awaitRebuilt(names, last.position());
        assertThat(reads(region, last.position())).isEqualTo(before);
    }

    @Test
    void givenAHistory_whenReadModelsAreRebuiltTogether_thenEachReportsTheTimeItSpentOnItsPages() {
        history(unique("busy"));
        List<String> names = List.of("contracts", "timelines", "ocds");

        long started = System.nanoTime();
        Map<String, RebuildProgress> done = rebuild.runAll(names);
        double elapsed = (System.nanoTime() - started) / 1e9;

        assertThat(done.keySet()).containsExactlyElementsOf(names);
        done.forEach((name, progress) -> {
            assertThat(progress.failure()).as(name).isNull();
            assertThat(progress.busySeconds()).as(name).isPositive().isLessThanOrEqualTo(elapsed);
        });
        assertThat(rebuild.progress("ocds")).get().extracting(RebuildProgress::busySeconds).isEqualTo(done.get("ocds").busySeconds());
    }

    private void awaitRebuilt(List<String> readModels, long position) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode statuses = api.as("admin").get("/api/admin/projections").json();
            for (JsonNode status : statuses) {
                if (readModels.contains(status.path("name").asString())) {
                    assertThat(status.path("replaying").asBoolean()).as(status.toString()).isFalse();
                    assertThat(status.path("position").asLong()).isGreaterThanOrEqualTo(position);
                    assertThat(status.path("error").isMissingNode() || status.path("error").isNull()).as(status.toString()).isTrue();
                }
            }
        });
    }

    /** A region with a segment, a provider and an open-house contract that admits it; answers the last write. */
    private Response history(String region) {
        ApiClient.Call procurement = api.as("procurement");
        procurement.post("/api/regions", "{\"id\": \"%s\", \"name\": \"R\", \"municipalities\": [\"Delft\"]}".formatted(region));
        procurement.post("/api/regions/" + region + "/segments", "{\"id\": \"%s-s1\", \"number\": 1, \"name\": \"S\", \"procurementForm\": \"OPEN_HOUSE\", \"fundingForm\": \"EFFORT_BASED\"}"
                .formatted(region));
        procurement.post("/api/providers", "{\"id\": \"%s-p\", \"name\": \"P\", \"kvkNumber\": \"%s\", \"sizeClass\": \"SMALL\"}"
                .formatted(region, String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L))));
        procurement.post("/api/contracts", """
                {"id": "%s-c", "regionId": "%s", "segmentIds": ["%s-s1"], "kind": "OPEN_HOUSE", "title": "C",
                 "route": {"type": "OPEN_HOUSE"}, "startsOn": "2022-01-01", "endsOn": "2027-12-31",
                 "document": {"title": "C", "sha256": "%s"}}""".formatted(region, region, region, "12".repeat(32)));
        Response last = procurement.post("/api/contracts/" + region + "-c/admissions",
                "{\"providerId\": \"%s-p\", \"admittedOn\": \"2022-01-01\", \"qualityCheckRef\": \"QC\"}".formatted(region));
        return last;
    }

    @Test
    void givenTheRevisionProcess_whenAReplayIsAsked_thenItIsRefused() {
        Response refused = api.as("admin").post("/api/admin/projections/RevisionFinalisationSagaProcessor/replay", "");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(api.as("admin").post("/api/admin/projections/nothing/replay", "").status()).isEqualTo(404);
        assertThat(api.as("auditor").get("/api/admin/projections").status()).isEqualTo(403);
    }

    /** An OCDS package says when it was served; the rest must be equal. */
    private static String withoutPublishedDate(JsonNode ocdsPackage) {
        ((tools.jackson.databind.node.ObjectNode) ocdsPackage).remove("publishedDate");
        return ocdsPackage.toString();
    }

    private Map<String, String> reads(String region, long position) {
        Map<String, String> reads = new LinkedHashMap<>();
        for (String path : List.of("/api/regions/" + region, "/api/providers/" + region + "-p",
                "/api/contracts/" + region + "-c?on=2026-01-01", "/api/contracts?regionId=" + region,
                "/api/segments/" + region + "-s1/timeline", "/api/ocds/releases?regionId=" + region,
                "/api/ocds/records/ocds-xxxxxx-contract-" + region + "-c")) {
            Response response = api.as("procurement").get(path + (path.contains("?") ? "&" : "?") + "minPosition=" + position);
            assertThat(response.status()).as(path).isEqualTo(200);
            reads.put(path, path.startsWith("/api/ocds") ? withoutPublishedDate(response.json()) : response.body());
        }
        return reads;
    }
}
