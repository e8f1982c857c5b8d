package nl.contractledger.application.reliability;

import nl.contractledger.application.support.ApplicationProcess;
import nl.contractledger.application.support.PostgresPerClass;
import nl.contractledger.application.support.ProjectionStatuses;
import nl.contractledger.application.support.ReadModelsReplayed;
import nl.contractledger.application.support.Response;
import nl.contractledger.application.support.RunningApplication;
import nl.contractledger.application.support.Staff;
import nl.contractledger.projections.timeline.TimelineProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances on one PostgreSQL database take commands at once. Each processor segment is claimed by
 * one of them at a time, so every read model takes every event once; when the node holding the
 * claims is killed, the other takes its segments over within 30 seconds and nothing is lost. A rebuild
 * under way on one node makes the read model's lists refuse on the other too; a rebuild asked of the node that does not
 * hold the read model's tokens gets them from the other; two nodes started at once on a store whose timelines a
 * migration set back rebuild them once, on one node, and both answer them whole afterwards.
 */
@Tag("postgres")
class PostgresTwoNodesTest {

    private static final Staff STAFF = Staff.CONFIGURED;
    private static final String UPGRADED_TIMELINE = "/api/segments/upgrade-s1/timeline";
    @RegisterExtension
    static final PostgresPerClass DATABASE = new PostgresPerClass();

    @Test
    void givenTwoNodesTakingCommands_whenTheNodeHoldingTheProcessorsIsKilled_thenTheOtherTakesOverWithinThirtySecondsAndNothingIsLost()
            throws Exception {
        String[] properties = Survived.restartable(DATABASE.applicationProperties());
        Path log = ApplicationProcess.logFile("two-nodes");
        Set<String> acknowledged = new HashSet<>();
        Set<String> unanswered = new HashSet<>();
        JdbcClient tokens = JdbcClient.create(DATABASE.get().dataSource());
        List<String> contracts;
        Duration takeover;
        try (ApplicationProcess one = ApplicationProcess.start(log, properties);
             ApplicationProcess two = ApplicationProcess.start(log, properties)) {
            contracts = List.copyOf(Fixture.contractsWithAKpi(STAFF.procurement(one.api()), 10).keySet());
            try (CommandLoad onOne = new CommandLoad("one", contracts, 2, () -> STAFF.procurement(one.api()));
                 CommandLoad onTwo = new CommandLoad("two", contracts, 2, () -> STAFF.procurement(two.api()))) {
                onOne.awaitAcknowledged(300);
                onTwo.awaitAcknowledged(300);
                long heldByOne = owners(tokens).stream().filter(owner -> owner.startsWith(one.tokenOwnerPrefix())).count();
                ApplicationProcess holder = heldByOne * 2 >= owners(tokens).size() ? one : two;
                ApplicationProcess survivor = holder == one ? two : one;
                CommandLoad dying = holder == one ? onOne : onTwo;
                CommandLoad surviving = holder == one ? onTwo : onOne;
                assertThat(owners(tokens)).as("while both run, each segment has one owner, one of the two nodes")
                        .allMatch(owner -> owner.startsWith(one.tokenOwnerPrefix()) || owner.startsWith(two.tokenOwnerPrefix()));

                Instant killed = Instant.now();
                holder.kill();
                dying.close();
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                        assertThat(owners(tokens)).as("segments claimed by the survivor")
                                .isNotEmpty().allMatch(owner -> owner.startsWith(survivor.tokenOwnerPrefix())));
                takeover = Duration.between(killed, Instant.now());
                int before = surviving.acknowledged().size();
                surviving.awaitAcknowledged(before + 100);
                surviving.close();
                ReadModelsReplayed.awaitCaughtUp(STAFF.admin(survivor.api()), Duration.ofSeconds(60));
                for (CommandLoad load : List.of(onOne, onTwo)) {
                    assertThat(load.unexpected()).isEmpty();
                    acknowledged.addAll(load.acknowledged());
                    unanswered.addAll(load.unanswered());
                }
            }
        }
        System.out.printf("two nodes: the survivor held every processor segment %d ms after the kill%n", takeover.toMillis());
        assertThat(Files.readString(log)).as("documents that missed events").doesNotContain("Read model misses events");

        try (RunningApplication after = RunningApplication.start(properties)) {
            Survived.assertNothingLost(after, STAFF, contracts, acknowledged, unanswered);
        }
    }

    @Test
    void givenTwoNodesEachHoldingSomeProcessors_whenEitherIsAskedForTheReadModels_thenBothTellTheSamePositionsAndBothAreHealthy() {
        String[] properties = DATABASE.applicationProperties();
        Path log = ApplicationProcess.logFile("two-nodes-status");
        try (ApplicationProcess one = ApplicationProcess.start(log, properties);
             ApplicationProcess two = ApplicationProcess.start(log, properties)) {
            Fixture.contractsWithAKpi(STAFF.procurement(one.api()), "status", 3);
            JdbcClient tokens = JdbcClient.create(DATABASE.get().dataSource());
            assertThat(owners(tokens)).as("every processor is held by one node, so the other holds none of it")
                    .isNotEmpty().allMatch(owner -> owner.startsWith(one.tokenOwnerPrefix()) || owner.startsWith(two.tokenOwnerPrefix()));

            for (ApplicationProcess node : List.of(one, two)) {
                ReadModelsReplayed.awaitCaughtUp(STAFF.admin(node.api()), Duration.ofSeconds(30));
            }
            JsonNode onOne = STAFF.admin(one.api()).get("/api/admin/projections").json();
            JsonNode onTwo = STAFF.admin(two.api()).get("/api/admin/projections").json();
            assertThat(onOne.findValuesAsString("position")).as(onOne.toString()).hasSize(8)
                    .isEqualTo(onTwo.findValuesAsString("position"));
            for (ApplicationProcess node : List.of(one, two)) {
                JsonNode health = STAFF.admin(node.api()).get("/actuator/health/projections").json();
                assertThat(health.path("status").asString()).as(health.toString()).isEqualTo("UP");
                assertThat(health.path("details").path("timelines").path("lag").asLong()).as(health.toString()).isZero();
            }
        }
    }

    @Test
    void givenARebuildUnderWayOnOneNode_whenTheOtherIsAskedForTheReadModelsList_thenItIs503UntilTheRebuildIsDone()
            throws SQLException {
        String[] properties = DATABASE.applicationProperties();
        Path log = ApplicationProcess.logFile("two-nodes-rebuild");
        try (ApplicationProcess one = ApplicationProcess.start(log, properties);
             ApplicationProcess two = ApplicationProcess.start(log, properties)) {
            registeredOnOneSeenOnTwo(one, two, "tn-p", "31313131");

            try (Connection holder = DATABASE.get().dataSource().getConnection()) {
                // the rebuild marks the read model, then waits on this row to clear it: under way, for as long as we like
                holder.setAutoCommit(false);
                holder.createStatement().executeQuery("SELECT document FROM read_document WHERE kind = 'provider' AND id = 'tn-p' FOR UPDATE").close();
                Fixture.expect(STAFF.admin(one.api()).post("/api/admin/projections/providers/replay", ""), 202);

                await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                    Response refused = STAFF.auditor(two.api()).get("/api/providers");
                    assertThat(refused.status()).as(refused.body()).isEqualTo(503);
                    assertThat(refused.code()).isEqualTo("READ_MODEL_REBUILDING");
                });
                JsonNode status = ProjectionStatuses.of(STAFF.admin(two.api()), "providers");
                assertThat(status.path("replaying").asBoolean()).as("on the node not rebuilding: " + status).isTrue();
                assertThat(STAFF.auditor(two.api()).get("/api/providers/tn-p").status()).as("a single state").isEqualTo(200);
                holder.rollback();
            }
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(ids(STAFF.auditor(two.api()).get("/api/providers"))).contains("tn-p"));
            assertThat(ProjectionStatuses.of(STAFF.admin(two.api()), "providers").path("replaying").asBoolean()).isFalse();
        }
    }

    @Test
    void givenOneNodeHoldingAReadModel_whenTheOtherIsAskedToRebuildIt_thenTheHolderStepsAsideAndTheRebuildIsDoneThere() throws Exception {
        String[] properties = DATABASE.applicationProperties();
        Path log = ApplicationProcess.logFile("two-nodes-rebuild-elsewhere");
        try (ApplicationProcess one = ApplicationProcess.start(log, properties);
             ApplicationProcess two = ApplicationProcess.start(log, properties)) {
            Response registered = registeredOnOneSeenOnTwo(one, two, "re-p", "32323232");
            JdbcClient tokens = JdbcClient.create(DATABASE.get().dataSource());
            List<String> holders = providerTokenOwners(tokens);
            assertThat(holders).as("one node holds the providers' tokens").hasSize(1);
            ApplicationProcess holder = holders.get(0).startsWith(one.tokenOwnerPrefix()) ? one : two;
            ApplicationProcess rebuilder = holder == one ? two : one;

            Fixture.expect(STAFF.admin(rebuilder.api()).post("/api/admin/projections/providers/replay", ""), 202);

            JsonNode rebuilt = await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(200))
                    .until(() -> ProjectionStatuses.of(STAFF.admin(rebuilder.api()), "providers"),
                            status -> !status.path("replaying").asBoolean() && status.path("position").asLong() >= registered.position());
            assertThat(rebuilt.path("error").isNull() || rebuilt.path("error").isMissingNode()).as(rebuilt.toString()).isTrue();
            for (ApplicationProcess node : List.of(one, two)) {
                assertThat(ids(STAFF.auditor(node.api()).get("/api/providers?minPosition=" + registered.position()))).contains("re-p");
            }
            assertThat(providerTokenOwners(tokens)).as("claimed by the rebuild, then by its node's processor")
                    .allMatch(owner -> owner.startsWith(rebuilder.tokenOwnerPrefix()));
            assertThat(Files.readString(log)).contains("Read model providers is being rebuilt by node " + rebuilder.tokenOwnerPrefix())
                    .contains("Rebuilt [providers] from the first event");
        }
    }

    @Test
    void givenAStoreWhoseTimelinesAMigrationSetBack_whenTwoNodesStartAtOnce_thenBothAnswerTheWholeTimelineOnceItIsRebuilt() throws Exception {
        String[] properties = DATABASE.applicationProperties();
        JsonNode before;
        try (RunningApplication earlier = RunningApplication.start(properties)) {
            Fixture.contractsWithAKpi(STAFF.procurement(earlier.api()), "upgrade", 3);
            ReadModelsReplayed.awaitCaughtUp(STAFF.admin(earlier.api()), Duration.ofSeconds(30));
            before = Fixture.expect(STAFF.auditor(earlier.api()).get(UPGRADED_TIMELINE), 200).json();
            earlier.bean(EventProcessingConfiguration.class).eventProcessor("timelines", StreamingEventProcessor.class)
                    .orElseThrow().shutDown();
            for (String table : earlier.bean(TimelineProjection.class).ownTables()) {
                earlier.jdbc().sql("DELETE FROM " + table).update();
            }
            assertThat(earlier.jdbc().sql("DELETE FROM token_entry WHERE processor_name = 'timelines'").update()).isPositive();
        }
        Path log = ApplicationProcess.logFile("two-nodes-upgrade");
        CompletableFuture<ApplicationProcess> startingOne = CompletableFuture.supplyAsync(() -> ApplicationProcess.start(log, properties));
        CompletableFuture<ApplicationProcess> startingTwo = CompletableFuture.supplyAsync(() -> ApplicationProcess.start(log, properties));
        try (ApplicationProcess one = startingOne.join(); ApplicationProcess two = startingTwo.join()) {
            for (ApplicationProcess node : List.of(one, two)) {
                Response timeline = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                        .until(() -> STAFF.auditor(node.api()).get(UPGRADED_TIMELINE), read -> read.status() != 503);
                assertThat(Fixture.expect(timeline, 200).json()).isEqualTo(before);
                ReadModelsReplayed.awaitCaughtUp(STAFF.admin(node.api()), Duration.ofSeconds(30));
            }
            assertThat(JdbcClient.create(DATABASE.get().dataSource()).sql("SELECT COUNT(*) FROM read_model_rebuild")
                    .query(Long.class).single()).as("the mark, passed, is gone").isZero();
            String written = Files.readString(log);
            assertThat(occurrences(written, "Rebuilt [timelines] from the first event")).as("rebuilt by one node").isOne();
            assertThat(written).doesNotContain("Rebuilding [timelines] failed");
            for (ApplicationProcess node : List.of(one, two)) {
                JsonNode status = ProjectionStatuses.of(STAFF.admin(node.api()), "timelines");
                assertThat(status.path("error").isNull() || status.path("error").isMissingNode()).as(status.toString()).isTrue();
            }
        }
    }

    private static List<String> ids(Response list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().findValuesAsString("id");
    }

    /** A provider registered through one node, and listed by the other once it has handled it. */
    private static Response registeredOnOneSeenOnTwo(ApplicationProcess one, ApplicationProcess two, String id, String kvkNumber) {
        Response registered = Fixture.expect(STAFF.procurement(one.api()).post("/api/providers",
                "{\"id\": \"%s\", \"name\": \"P\", \"kvkNumber\": \"%s\", \"sizeClass\": \"SMALL\"}".formatted(id, kvkNumber)), 201);
        assertThat(ids(STAFF.auditor(two.api()).get("/api/providers?minPosition=" + registered.position()))).contains(id);
        return registered;
    }

    private static List<String> providerTokenOwners(JdbcClient tokens) {
        return tokens.sql("SELECT COALESCE(owner, '') FROM token_entry WHERE processor_name = 'providers'").query(String.class).list();
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static List<String> owners(JdbcClient tokens) {
        return tokens.sql("SELECT COALESCE(owner, '') FROM token_entry").query(String.class).list();
    }
}
