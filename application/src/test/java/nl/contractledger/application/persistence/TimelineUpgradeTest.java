package nl.contractledger.application.persistence;

import nl.contractledger.application.admin.ProjectionRebuild;
import nl.contractledger.application.admin.RebuildProgress;
import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.Response;
import nl.contractledger.application.support.RunningApplication;
import nl.contractledger.application.support.TimelineDeadlines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An H2 file written by an earlier version is upgraded, and the migrations that change what the timelines keep
 * clear them, so that they are built again from the first event: from schema 17, whose timelines named segments by
 * their ids (names of providers only in {@code timeline_provider}), and from schema 18, whose timelines did not
 * keep the end of a contract's part for a segment, and so showed the contract's end as a deadline of a segment it
 * no longer served; from schema 19, whose timelines kept a segment's subjects and plans by id alone, not by
 * kind and id; from schema 22, whose timelines left out a contract's tariffs, caps and KPIs; from schema 26, whose
 * timelines entered a contract's events of a day after its part for a segment ended in that segment's too; and from
 * schema 28, whose tender timelines did not enter the day a tender's contract starts; from schema 29, whose
 * revision timelines worded a response refused as late without its kind; and from schema 30, whose tender timelines
 * kept the start of a contract terminated before its first day. Each is
 * rebuilt from the first event once the upgraded application has started, its timelines refused meanwhile
 * ({@code 503}, which a client retries).
 */
class TimelineUpgradeTest {

    private static final String MERGED_BY_ID = "Segment zhz-up-s5 closed and merged into zhz-up-s1";
    private static final String MERGED_BY_NAME = "Segment 5 \"Crisis\" closed and merged into segment 1 \"Jeugdhulp met verblijf\"";
    private static final List<String> LEFT_OUT = List.of("'KpiAgreed'", "'KpiResultRecorded'");
    private static final String RESULT_AFTER_CLOSURE = "KPI kpi-up result for 2026-H1: 97, target met";
    private static final String STRAY = "an entry the rebuild does not write";
    private static final String AGREEMENT_ENDS = "2040-12-31 Contract zhz-up-2022 \"Algemene overeenkomst 2022\" ends";

    @TempDir
    Path directory;

    @Test
    void givenTimelinesWrittenBeforeSegmentsWereNamed_whenTheApplicationIsUpgraded_thenTheyAreBuiltAgainAndNameTheSegments() {
        upgraded(jdbc -> {
            jdbc.sql("UPDATE timeline_entry SET summary = :summary WHERE type = 'SegmentClosed'").param("summary", MERGED_BY_ID).update();
            jdbc.sql("DROP TABLE timeline_name").update();
            jdbc.sql("""
                    CREATE TABLE timeline_provider (provider_id VARCHAR(64) NOT NULL, name VARCHAR(500) NOT NULL,
                        CONSTRAINT pk_timeline_provider PRIMARY KEY (provider_id))""").update();
            leaveAsSchemaEighteenLeftIt(jdbc);
            assertThat(jdbc.sql("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '18'").update()).isOne();
        }, (upgraded, position) -> {
            assertThat(upgraded.jdbc().sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'TIMELINE_PROVIDER'")
                    .query(Long.class).single()).as("the provider names' old table").isZero();
            assertThat(summaries(upgraded.api(), "zhz-up-s1", position)).contains(MERGED_BY_NAME).doesNotContain(MERGED_BY_ID);
        });
    }

    @Test
    void givenTimelinesWrittenBeforeTheyKeptTheEndsOfContractParts_whenTheApplicationIsUpgraded_thenASegmentNoLongerServedShowsNoContractEnd() {
        upgraded(TimelineUpgradeTest::leaveAsSchemaEighteenLeftIt, (upgraded, position) -> {
            assertThat(deadlines(upgraded.api(), "zhz-up-s5", position)).as("its part ended on 2026-01-01").isEmpty();
            assertThat(deadlines(upgraded.api(), "zhz-up-s1", position)).containsExactly(AGREEMENT_ENDS);
        });
    }

    @Test
    void givenTimelinesWrittenBeforeTheyKeptSubjectsByKind_whenTheApplicationIsUpgraded_thenTheyAreBuiltAgainFromTheFirstEvent() {
        upgraded(jdbc -> {
            jdbc.sql("UPDATE timeline_entry SET summary = :summary WHERE type = 'SegmentClosed'").param("summary", MERGED_BY_ID).update();
            leaveAsSchemaNineteenLeftIt(jdbc);
        }, (upgraded, position) -> {
            assertThat(summaries(upgraded.api(), "zhz-up-s1", position)).contains(MERGED_BY_NAME).doesNotContain(MERGED_BY_ID);
            assertThat(deadlines(upgraded.api(), "zhz-up-s1", position)).containsExactly(AGREEMENT_ENDS);
            assertThat(upgraded.jdbc().sql("SELECT aggregate_type FROM timeline_plan").query(String.class).list())
                    .as("no plan in this history").isEmpty();
            assertThat(upgraded.jdbc().sql("SELECT aggregate_type FROM timeline_subject WHERE aggregate_id = 'zhz-up-2022'")
                    .query(String.class).list()).containsOnly("contract").hasSize(2);
        });
    }

    @Test
    void givenTimelinesWrittenBeforeTheyHeldEveryContractEvent_whenTheApplicationIsUpgraded_thenTheKpiAndItsResultAreEntered() {
        upgraded(jdbc -> {
            assertThat(jdbc.sql("DELETE FROM timeline_entry WHERE type IN (" + String.join(", ", LEFT_OUT) + ")").update())
                    .as("the KPI and its first result in two segments, its result after segment 5 closed in segment 1").isEqualTo(5);
            leaveAsSchemaTwentyTwoLeftIt(jdbc);
        }, (upgraded, position) -> assertThat(summaries(upgraded.api(), "zhz-up-s1", position)).contains(
                "KPI kpi-up agreed on contract zhz-up-2022: at least 95; missing it costs 2% of the crisis surcharge",
                "KPI kpi-up result for 2025-H2: 91.5, target missed",
                "KPI kpi-up missed in 2025-H2: 2% of the crisis surcharge"));
    }

    @Test
    void givenTimelinesWrittenWhenAContractsLaterEventsStillEnteredASegmentWhosePartEnded_whenUpgraded_thenTheClosedSegmentNoLongerShowsThem() {
        upgraded(jdbc -> {
            assertThat(jdbc.sql("""
                    INSERT INTO timeline_entry (event_id, position, segment_id, kind, entry_date, recorded_at, type, aggregate_id,
                        actor, summary, planned_date, deviation_days)
                    SELECT event_id, position, 'zhz-up-s5', kind, entry_date, recorded_at, type, aggregate_id, actor, summary,
                        planned_date, deviation_days
                    FROM timeline_entry WHERE segment_id = 'zhz-up-s1' AND summary = :summary""")
                    .param("summary", RESULT_AFTER_CLOSURE).update()).as("as the version before entered it").isOne();
            leaveAsSchemaTwentySixLeftIt(jdbc);
        }, (upgraded, position) -> {
            assertThat(summaries(upgraded.api(), "zhz-up-s5", position)).doesNotContain(RESULT_AFTER_CLOSURE)
                    .as("recorded while the part still ran: an entry is never taken back, so the timeline as of then stays true")
                    .contains("KPI kpi-up result for 2025-H2: 91.5, target missed");
            assertThat(summaries(upgraded.api(), "zhz-up-s1", position)).contains(RESULT_AFTER_CLOSURE);
        });
    }

    @Test
    void givenTimelinesWrittenBeforeTheyEnteredTheStartOfATendersContracts_whenUpgraded_thenTheyAreBuiltAgainFromTheFirstEvent() {
        upgraded(jdbc -> {
            assertThat(jdbc.sql("""
                    INSERT INTO timeline_entry (event_id, position, segment_id, kind, entry_date, recorded_at, type, aggregate_id,
                        actor, summary)
                    SELECT 'no-event', position, segment_id, kind, entry_date, recorded_at, type, aggregate_id, actor, :summary
                    FROM timeline_entry WHERE segment_id = 'zhz-up-s1' AND type = 'ContractPublished'""")
                    .param("summary", STRAY).update()).as("a row that no event gives").isOne();
            leaveAsSchemaTwentyEightLeftIt(jdbc);
        }, (upgraded, position) -> assertThat(summaries(upgraded.api(), "zhz-up-s1", position))
                .contains(MERGED_BY_NAME).doesNotContain(STRAY));
    }

    @Test
    void givenTimelinesWrittenBeforeARefusedResponseNamedItsKind_whenUpgraded_thenTheyAreBuiltAgainFromTheFirstEvent() {
        upgraded(jdbc -> {
            assertThat(jdbc.sql("UPDATE timeline_entry SET summary = :summary WHERE type = 'SegmentClosed'")
                    .param("summary", STRAY).update()).as("an entry worded as the version before worded it").isPositive();
            leaveAsSchemaTwentyNineLeftIt(jdbc);
        }, (upgraded, position) -> assertThat(summaries(upgraded.api(), "zhz-up-s1", position))
                .contains(MERGED_BY_NAME).doesNotContain(STRAY));
    }

    @Test
    void givenTimelinesWrittenBeforeTheyWithdrewTheStartOfAContractTerminatedBeforeIt_whenUpgraded_thenTheyAreBuiltAgain() {
        upgraded(jdbc -> {
            assertThat(jdbc.sql("UPDATE timeline_entry SET summary = :summary WHERE type = 'SegmentClosed'")
                    .param("summary", STRAY).update()).as("an entry as the version before left it").isPositive();
            leaveAsSchemaThirtyLeftIt(jdbc);
        }, (upgraded, position) -> {
            assertThat(summaries(upgraded.api(), "zhz-up-s1", position)).contains(MERGED_BY_NAME).doesNotContain(STRAY);
            assertThat(upgraded.jdbc().sql("SELECT COUNT(*) FROM timeline_entry WHERE withdrawn_at IS NULL")
                    .query(Long.class).single()).as("no start withdrawn in this history").isPositive();
        });
    }

    /**
     * Writes Zuid-Holland Zuid's segment 5 closing into segment 1, with the agreement's part for it ended, leaves
     * the file as an earlier version would have left it, tokens at the head, and starts the application on it.
     */
    private void upgraded(Downgrade downgrade, Upgraded check) {
        String[] database = {"spring.datasource.url=jdbc:h2:file:" + directory.resolve("ledger").toAbsolutePath()};
        long lastPosition;
        try (RunningApplication before = RunningApplication.start(database)) {
            ApiClient.Call procurement = before.api().as("procurement");
            assertThat(procurement.post("/api/regions", """
                    {"id": "zhz-up", "name": "Zuid-Holland Zuid", "municipalities": ["Dordrecht"]}""").status()).isEqualTo(201);
            assertThat(define(procurement, "zhz-up-s1", 1, "Jeugdhulp met verblijf").status()).isEqualTo(201);
            assertThat(define(procurement, "zhz-up-s5", 5, "Crisis").status()).isEqualTo(201);
            assertThat(procurement.post("/api/contracts", """
                    {"id": "zhz-up-2022", "regionId": "zhz-up", "segmentIds": ["zhz-up-s1", "zhz-up-s5"], "kind": "GENERAL_AGREEMENT",
                     "title": "Algemene overeenkomst 2022", "route": {"type": "OPEN_HOUSE"}, "startsOn": "2022-01-01",
                     "endsOn": "2040-12-31", "fundingForm": "EFFORT_BASED", "document": {"title": "O", "sha256": "%s"}}"""
                    .formatted("ef".repeat(32))).status()).isEqualTo(201);
            assertThat(procurement.post("/api/contracts/zhz-up-2022/kpis", """
                    {"kpiId": "kpi-up", "description": "A crisis placement within 24 hours",
                     "target": {"comparison": "AT_LEAST", "value": "95"}, "consequence": "2% of the crisis surcharge",
                     "agreedOn": "2025-10-01"}""").status()).isEqualTo(200);
            assertThat(procurement.post("/api/contracts/zhz-up-2022/kpis/kpi-up/results",
                    "{\"period\": \"2025-H2\", \"value\": \"91.5\"}").status()).isEqualTo(200);
            assertThat(procurement.post("/api/contracts/zhz-up-2022/segment-part-endings",
                    "{\"segmentId\": \"zhz-up-s5\", \"effectiveOn\": \"2026-01-01\", \"reason\": \"segment 5 closes\"}").status())
                    .isEqualTo(200);
            Response closed = procurement.post("/api/regions/zhz-up/segments/zhz-up-s5/closure",
                    "{\"mergeIntoSegmentId\": \"zhz-up-s1\", \"effectiveOn\": \"2026-01-01\", \"decisionRef\": \"AB 2025-06-19\"}");
            assertThat(closed.status()).isEqualTo(200);
            Response resultAfterClosure = procurement.post("/api/contracts/zhz-up-2022/kpis/kpi-up/results",
                    "{\"period\": \"2026-H1\", \"value\": \"97\"}");
            assertThat(resultAfterClosure.status()).isEqualTo(200);
            lastPosition = resultAfterClosure.position();
            assertThat(summaries(before.api(), "zhz-up-s1", lastPosition)).contains(MERGED_BY_NAME, RESULT_AFTER_CLOSURE);
            assertThat(summaries(before.api(), "zhz-up-s5", lastPosition)).doesNotContain(RESULT_AFTER_CLOSURE);
            assertThat(deadlines(before.api(), "zhz-up-s5", lastPosition)).isEmpty();
            assertThat(before.jdbc().sql("SELECT COUNT(*) FROM token_entry WHERE processor_name = 'timelines'").query(Long.class)
                    .single()).isPositive();
            downgrade.leave(before.jdbc());
        }
        try (RunningApplication upgraded = RunningApplication.start(database)) {
            check.on(upgraded, lastPosition);
            RebuildProgress rebuilt = upgraded.bean(ProjectionRebuild.class).progress("timelines").orElseThrow();
            assertThat(rebuilt.done()).as("built again by the rebuild, not event by event").isTrue();
            assertThat(rebuilt.failure()).isNull();
        }
    }

    /** The timeline tables and the schema's history as schema 19 left them: subjects and plans keyed by id alone. */
    private static void leaveAsSchemaNineteenLeftIt(JdbcClient jdbc) {
        leaveAsSchemaTwentyLeftIt(jdbc);
        jdbc.sql("ALTER TABLE timeline_subject DROP CONSTRAINT pk_timeline_subject").update();
        jdbc.sql("ALTER TABLE timeline_subject ADD CONSTRAINT pk_timeline_subject PRIMARY KEY (aggregate_id, segment_id)").update();
        jdbc.sql("ALTER TABLE timeline_plan DROP CONSTRAINT pk_timeline_plan").update();
        jdbc.sql("ALTER TABLE timeline_plan DROP COLUMN aggregate_type").update();
        jdbc.sql("ALTER TABLE timeline_plan ADD CONSTRAINT pk_timeline_plan PRIMARY KEY (aggregate_id, milestone)").update();
        assertThat(jdbc.sql("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '20'").update()).isOne();
    }

    /** The timeline entries and the schema's history as schema 30 left them, when no start was withdrawn. */
    private static void leaveAsSchemaThirtyLeftIt(JdbcClient jdbc) {
        jdbc.sql("DROP INDEX ix_timeline_segment").update();
        jdbc.sql("ALTER TABLE timeline_entry DROP COLUMN withdrawn_at").update();
        jdbc.sql("""
                CREATE INDEX ix_timeline_segment ON timeline_entry (segment_id, kind, entry_date, recorded_at, position,
                    type, aggregate_id, actor, summary, planned_date, deviation_days, event_id)""").update();
        assertThat(jdbc.sql("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '31'").update()).isOne();
    }

    /** The schema's history as schema 29 left it, when a response refused as late kept no kind. */
    private static void leaveAsSchemaTwentyNineLeftIt(JdbcClient jdbc) {
        leaveAsSchemaThirtyLeftIt(jdbc);
        assertThat(jdbc.sql("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '30'").update()).isOne();
    }

    /** The schema's history as schema 28 left it, when the tender timelines did not enter the start of its contracts. */
    private static void leaveAsSchemaTwentyEightLeftIt(JdbcClient jdbc) {
        leaveAsSchemaTwentyNineLeftIt(jdbc);
        assertThat(jdbc.sql("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '29'").update()).isOne();
    }

    /** The schema's history as schema 27 left it, when the OCDS export ended its periods as their last day began. */
    static void leaveAsSchemaTwentySevenLeftIt(JdbcClient jdbc) {
        leaveAsSchemaTwentyEightLeftIt(jdbc);
        assertThat(jdbc.sql("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '28'").update()).isOne();
    }

    /** The schema's history as schema 26 left it, when a contract's events entered segments whose part of it had ended. */
    private static void leaveAsSchemaTwentySixLeftIt(JdbcClient jdbc) {
        leaveAsSchemaTwentySevenLeftIt(jdbc);
        assertThat(jdbc.sql("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '27'").update()).isOne();
    }

    /** The schema as schema 25 left it, when a timeline entry's actor held 200 characters. */
    private static void leaveAsSchemaTwentyFiveLeftIt(JdbcClient jdbc) {
        leaveAsSchemaTwentySixLeftIt(jdbc);
        jdbc.sql("ALTER TABLE timeline_entry ALTER COLUMN actor SET DATA TYPE VARCHAR(200)").update();
        assertThat(jdbc.sql("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '26'").update()).isOne();
    }

    /** The schema as schema 23 left it, before a rebuild's mark named the node running it. */
    private static void leaveAsSchemaTwentyFourLeftIt(JdbcClient jdbc) {
        leaveAsSchemaTwentyFiveLeftIt(jdbc);
        jdbc.sql("DROP TABLE read_model_missed_event").update();
        assertThat(jdbc.sql("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '25'").update()).isOne();
    }

    private static void leaveAsSchemaTwentyThreeLeftIt(JdbcClient jdbc) {
        leaveAsSchemaTwentyFourLeftIt(jdbc);
        jdbc.sql("ALTER TABLE read_model_rebuild DROP COLUMN rebuilt_by").update();
        jdbc.sql("ALTER TABLE read_model_rebuild DROP COLUMN alive_at").update();
        assertThat(jdbc.sql("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '24'").update()).isOne();
    }

    /** The schema's history as schema 22 left it, when the timelines left out a contract's tariffs, caps and KPIs. */
    private static void leaveAsSchemaTwentyTwoLeftIt(JdbcClient jdbc) {
        leaveAsSchemaTwentyThreeLeftIt(jdbc);
        assertThat(jdbc.sql("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '23'").update()).isOne();
    }

    /** The schema's history as schema 21 left it, before the indexes of tenders and revision procedures. */
    static void leaveAsSchemaTwentyOneLeftIt(JdbcClient jdbc) {
        leaveAsSchemaTwentyTwoLeftIt(jdbc);
        for (String table : List.of("tender_index", "tender_segment", "revision_index", "revision_segment")) {
            jdbc.sql("DROP TABLE " + table).update();
        }
        assertThat(jdbc.sql("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '22'").update()).isOne();
    }

    /** The schema's history as schema 20 left it, before the read models' rebuild marks. */
    private static void leaveAsSchemaTwentyLeftIt(JdbcClient jdbc) {
        leaveAsSchemaTwentyOneLeftIt(jdbc);
        jdbc.sql("DROP TABLE read_model_rebuild").update();
        assertThat(jdbc.sql("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '21'").update()).isOne();
    }

    /** The timeline tables and the schema's history as schema 18 left them. */
    private static void leaveAsSchemaEighteenLeftIt(JdbcClient jdbc) {
        leaveAsSchemaNineteenLeftIt(jdbc);
        jdbc.sql("ALTER TABLE timeline_subject DROP COLUMN part_ends_on").update();
        assertThat(jdbc.sql("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '19'").update()).isOne();
    }

    private interface Downgrade {
        void leave(JdbcClient jdbc);
    }

    private interface Upgraded {
        void on(RunningApplication upgraded, long position);
    }

    private static JsonNode revisionTimeline(ApiClient api, String segment, long position) {
        Response timeline = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> api.as("auditor")
                .get("/api/segments/" + segment + "/timeline?kind=revision&minPosition=" + position), read -> read.status() != 503);
        assertThat(timeline.status()).as(timeline.body()).isEqualTo(200);
        return timeline.json().path("revision");
    }

    private static List<String> summaries(ApiClient api, String segment, long position) {
        return revisionTimeline(api, segment, position).findValuesAsString("summary");
    }

    private static List<String> deadlines(ApiClient api, String segment, long position) {
        return TimelineDeadlines.of(revisionTimeline(api, segment, position));
    }

    private static Response define(ApiClient.Call procurement, String id, int number, String name) {
        return procurement.post("/api/regions/zhz-up/segments", """
                {"id": "%s", "number": %d, "name": "%s", "objectives": ["Care close to home"],
                 "procurementForm": "OPEN_HOUSE", "fundingForm": "EFFORT_BASED", "products": [],
                 "effectiveOn": "2022-01-01"}""".formatted(id, number, name));
    }
}
