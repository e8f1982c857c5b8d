package nl.contractledger.application.support;

import nl.contractledger.application.admin.ProjectionRebuild;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Checks that every read model, caught up with the store, equals a fresh rebuild of it from the first event. */
public final class ReadModelsReplayed {

    public static final List<String> READ_MODELS = List.of("regions", "providers", "tenders", "contracts", "revisions",
            "timelines", "ocds");

    private ReadModelsReplayed() {
    }

    /** Waits until no processor lags the head of the store and none has a dead letter. */
    public static void awaitCaughtUp(ApiClient.Call admin, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            var statuses = admin.get("/api/admin/projections").json();
            assertThat(statuses.findValuesAsString("lag")).as(statuses.toString()).containsOnly("0");
            assertThat(statuses.findValuesAsString("deadLetters")).as(statuses.toString()).containsOnly("0");
        });
    }

    /** Rebuilds every read model (together, from one read of the store) and compares each table, row for row, with what the live processors wrote. */
    public static void assertEqualToAFreshReplay(RunningApplication application, Staff staff) {
        awaitCaughtUp(staff.admin(application.api()), Duration.ofSeconds(120));
        JdbcTemplate tables = application.bean(JdbcTemplate.class);
        Map<String, List<String>> live = ReadModelTables.snapshot(tables);
        long events = new EventCount(application.jdbc()).total();
        application.bean(ProjectionRebuild.class).runAll(READ_MODELS).forEach((readModel, done) -> {
            assertThat(done.failure()).as(readModel).isNull();
            assertThat(done.events()).as(readModel).isEqualTo(events);
        });
        Map<String, List<String>> rebuilt = ReadModelTables.snapshot(tables);
        for (String table : ReadModelTables.TABLES) {
            assertThat(rebuilt.get(table)).as(() -> table + whereTheyDiffer(tables, live.get(table), rebuilt.get(table)))
                    .isEqualTo(live.get(table));
        }
    }

    /**
     * For a failure: the stored events of every document that differs (its stream, {@code kind:id}, by position, with
     * their sequence numbers and recording times) and the processors' tokens, so that a rare difference can be traced
     * from the report alone.
     */
    private static String whereTheyDiffer(JdbcTemplate tables, List<String> live, List<String> rebuilt) {
        try {
            return traced(tables, live, rebuilt);
        } catch (RuntimeException unreadable) {
            return " (events not traced: " + unreadable + ")";
        }
    }

    private static String traced(JdbcTemplate tables, List<String> live, List<String> rebuilt) {
        Set<String> ids = new TreeSet<>();
        for (String row : live) {
            if (!rebuilt.contains(row)) {
                Matcher document = DOCUMENT_ID.matcher(row);
                if (document.find()) {
                    ids.add(document.group(1) + ":" + document.group(2));
                }
            }
        }
        StringBuilder trace = new StringBuilder();
        for (String stream : ids) {
            trace.append("\nevents of ").append(stream).append(": ").append(tables.queryForList("""
                    SELECT global_index, sequence_number, time_stamp, payload_type FROM domain_event_entry
                    WHERE aggregate_identifier = ? ORDER BY global_index""", stream));
        }
        return trace.append("\ntokens: ").append(tables.queryForList("SELECT processor_name, segment, owner, timestamp FROM token_entry"))
                .toString();
    }

    private static final Pattern DOCUMENT_ID = Pattern.compile("^kind=(\\S+) id=(\\S+) ");
}
