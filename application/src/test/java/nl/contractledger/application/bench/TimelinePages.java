package nl.contractledger.application.bench;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.Response;
import nl.contractledger.application.support.RunningApplication;
import nl.contractledger.domain.shared.BusinessDates;
import nl.contractledger.projections.timeline.TimelineCursor;
import nl.contractledger.projections.timeline.TimelineQueries;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A segment's revision timeline read a page at a time: walked once from its start to collect every
 * page's cursor, then measured over all its pages in turn (first, middle and last alike), over HTTP and
 * in the process (the read models' queries and the page's JSON, without HTTP).
 */
final class TimelinePages {

    private final ApiClient.Call reader;
    private final String path;
    private final String segmentId;
    private final int limit;
    private final List<String> cursors;
    private final List<String> pages;
    private final int entries;

    private TimelinePages(ApiClient.Call reader, String segmentId, int limit, List<String> cursors, int entries) {
        this.reader = reader;
        this.path = pathOf(segmentId);
        this.segmentId = segmentId;
        this.limit = limit;
        this.cursors = cursors;
        this.pages = cursors.stream().map(after -> pageOf(path, limit, after)).toList();
        this.entries = entries;
    }

    private static String pathOf(String segmentId) {
        return "/api/segments/" + segmentId + "/timeline?kind=revision";
    }

    /** The page after the cursor (from the start when null). */
    private static String pageOf(String path, int limit, String after) {
        return path + "&limit=" + limit + (after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
    }

    static TimelinePages of(ApiClient.Call reader, String segmentId, int limit) {
        String path = pathOf(segmentId);
        List<String> cursors = new ArrayList<>();
        int entries = 0;
        String next = null;
        do {
            String page = pageOf(path, limit, next);
            cursors.add(next);
            Response response = reader.get(page);
            if (response.status() != 200) {
                throw new IllegalStateException(page + " answered " + response.status() + ": " + response.body());
            }
            JsonNode json = response.json();
            entries += json.path("revision").size();
            next = json.path("next").isMissingNode() ? null : json.path("next").asString();
        } while (next != null);
        return new TimelinePages(reader, segmentId, limit, cursors, entries);
    }

    int entries() {
        return entries;
    }

    /** The p99 of reading a page, over every page in turn. */
    double p99() {
        AtomicInteger turn = new AtomicInteger();
        return Latency.p99(() -> reader.get(pages.get(turn.getAndIncrement() % pages.size())).status());
    }

    /**
     * The p99 of the same pages read in the process, without HTTP and the controller's segment check: the
     * timeline's queries and the page written as JSON. What grows with the store shows here; what the
     * HTTP exchange adds (and its jitter on a shared machine) does not.
     */
    double inProcessP99(RunningApplication app) {
        TimelineQueries timelines = app.bean(TimelineQueries.class);
        JsonMapper json = app.bean(JsonMapper.class);
        AtomicInteger turn = new AtomicInteger();
        return Latency.p99Of(() -> {
            String after = cursors.get(turn.getAndIncrement() % cursors.size());
            TimelineCursor cursor = after == null ? null : TimelineCursor.decode(after).orElseThrow();
            json.writeValueAsBytes(timelines.page(segmentId, "revision", BusinessDates.today(), null, cursor, limit));
        });
    }

    /** The p99 of reading the whole timeline in one answer, without paging. */
    double wholeP99() {
        return Latency.p99(() -> reader.get(path).status());
    }
}
