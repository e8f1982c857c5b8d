package nl.contractledger.application.admin;

import nl.contractledger.application.config.NodeName;
import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.Response;
import nl.contractledger.application.support.RunningApplication;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rebuild's mark names the node running it while that node renews it; the other nodes do not take it over, and
 * their processors leave the read model's tokens to it, until the node stops renewing the mark (its rebuild ended, or
 * it died). Here the other node is a name written into the mark, on one application.
 */
class RebuildsAcrossNodesTest {

    private static final String OTHER = "4242@elsewhere";

    @Test
    void givenAnotherNodesRebuildAlive_whenThisNodeTakesOrMarksIt_thenItLeavesItUntilTheOtherStopsRenewingIt() {
        try (RunningApplication app = RunningApplication.start(
                "spring.datasource.url=jdbc:h2:mem:across-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
            RebuildMarks marks = app.bean(RebuildMarks.class);
            String me = app.bean(NodeName.class).value();
            inTransaction(app, () -> marks.mark("providers", OTHER));

            assertThat(marks.rebuiltElsewhere(me)).containsExactly(Map.entry("providers", OTHER));
            assertThat(marks.take("providers", me)).as("alive elsewhere").isFalse();
            inTransaction(app, () -> marks.markUnlessRebuiltElsewhere("providers", me));
            assertThat(rebuiltBy(app)).as("the start-up mark leaves it to the other node").isEqualTo(OTHER);

            app.jdbc().sql("UPDATE read_model_rebuild SET alive_at = :at").param("at", System.currentTimeMillis()
                    - RebuildMarks.ALIVE_FOR.toMillis() - 1).update();
            assertThat(marks.rebuiltElsewhere(me)).as("no longer renewed: taken for dead").isEmpty();
            assertThat(marks.take("providers", me)).isTrue();
            assertThat(rebuiltBy(app)).isEqualTo(me);
            marks.ended(List.of("providers"), me);
            assertThat(rebuiltBy(app)).as("ended: nobody rebuilds it, the mark stays until passed").isNull();
            assertThat(marks.take("providers", OTHER)).isTrue();
        }
    }

    @Test
    void givenAnotherNodesRebuildMarkedButNotYetClearing_whenThisNodeListsTheReadModel_thenItAnswersWholeAndKeepsTheMark() {
        try (RunningApplication app = RunningApplication.start(
                "spring.datasource.url=jdbc:h2:mem:across-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
            ApiClient.Call procurement = app.api().as("procurement");
            Response registered = procurement.post("/api/providers",
                    "{\"id\": \"ra-p\", \"name\": \"P\", \"kvkNumber\": \"41414141\", \"sizeClass\": \"SMALL\"}");
            assertThat(registered.status()).as(registered.body()).isEqualTo(201);
            assertThat(procurement.get("/api/providers?minPosition=" + registered.position()).status()).isEqualTo(200);
            RebuildMarks marks = app.bean(RebuildMarks.class);
            String me = app.bean(NodeName.class).value();
            // the other node marks the read model at the head before it claims the tokens: the read model is at the mark
            inTransaction(app, () -> marks.mark("providers", OTHER));

            Response list = procurement.get("/api/providers");
            assertThat(list.status()).as("not cleared yet, so whole: " + list.body()).isEqualTo(200);
            assertThat(list.json().findValuesAsString("id")).contains("ra-p");
            assertThat(marks.rebuiltElsewhere(me)).as("the mark stays, for this node's processor to step aside")
                    .containsExactly(Map.entry("providers", OTHER));

            marks.ended(List.of("providers"), OTHER);
            assertThat(procurement.get("/api/providers").status()).isEqualTo(200);
            assertThat(rebuiltBy(app)).as("ended and passed: removed").isNull();
            assertThat(app.jdbc().sql("SELECT COUNT(*) FROM read_model_rebuild").query(Long.class).single()).isZero();
        }
    }

    @Test
    void givenAnotherNodesRebuildAlive_whenAnAdministratorAsksThisNodeToRebuild_thenItIs409NamingTheNodeUntilThatRebuildEnds() {
        try (RunningApplication app = RunningApplication.start(
                "spring.datasource.url=jdbc:h2:mem:across-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
            RebuildMarks marks = app.bean(RebuildMarks.class);
            inTransaction(app, () -> marks.mark("providers", OTHER));
            ApiClient.Call admin = app.api().as("admin");

            for (String replay : List.of("/api/admin/projections/providers/replay", "/api/admin/projections/replay")) {
                Response refused = admin.post(replay, "");
                assertThat(refused.status()).as(replay + ": " + refused.body()).isEqualTo(409);
                assertThat(refused.code()).isEqualTo("STATE_CONFLICT");
                assertThat(refused.json().path("detail").asString()).startsWith("read model providers is being rebuilt by node " + OTHER);
            }
            assertThat(app.bean(ProjectionRebuild.class).progress("providers")).as("nothing started here").isEmpty();
            assertThat(admin.post("/api/admin/projections/regions/replay", "").status()).as("another read model").isEqualTo(202);

            marks.ended(List.of("providers"), OTHER);
            assertThat(admin.post("/api/admin/projections/providers/replay", "").status()).isEqualTo(202);
        }
    }

    @Test
    void givenThisNodeHoldingAReadModel_whenAnotherNodesRebuildOfItIsAlive_thenItsProcessorReleasesItsTokensUntilTheRebuildEnds() {
        try (RunningApplication app = RunningApplication.start(
                "spring.datasource.url=jdbc:h2:mem:across-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
            StreamingEventProcessor providers = app.bean(EventProcessingConfiguration.class)
                    .eventProcessor("providers", StreamingEventProcessor.class).orElseThrow();
            await().atMost(Duration.ofSeconds(10)).until(() -> !providers.processingStatus().isEmpty());
            RebuildMarks marks = app.bean(RebuildMarks.class);
            inTransaction(app, () -> marks.mark("providers", OTHER));

            await().atMost(Duration.ofSeconds(10)).until(() -> providers.processingStatus().isEmpty());
            await().during(RebuildsAcrossNodes.STEP_ASIDE.plusSeconds(1)).atMost(RebuildsAcrossNodes.STEP_ASIDE.plusSeconds(3))
                    .until(() -> providers.processingStatus().isEmpty());
            assertThat(app.jdbc().sql("SELECT COUNT(*) FROM token_entry WHERE processor_name = 'providers' AND owner IS NOT NULL")
                    .query(Long.class).single()).as("its claims released, for the rebuild to take").isZero();

            marks.ended(List.of("providers"), OTHER);
            await().atMost(RebuildsAcrossNodes.STEP_ASIDE.plusSeconds(10)).until(() -> !providers.processingStatus().isEmpty());
        }
    }

    private static void inTransaction(RunningApplication app, Runnable work) {
        app.bean(TransactionTemplate.class).executeWithoutResult(status -> work.run());
    }

    private static String rebuiltBy(RunningApplication app) {
        return app.jdbc().sql("SELECT rebuilt_by FROM read_model_rebuild WHERE processor_name = 'providers'")
                .query(String.class).optional().orElse(null);
    }
}
