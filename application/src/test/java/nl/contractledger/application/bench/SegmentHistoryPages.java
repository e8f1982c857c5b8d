package nl.contractledger.application.bench;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.Response;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A segment's history read a page at a time: walked once from its start to collect every page's link, then
 * measured over all its pages in turn (first, middle and last alike).
 */
final class SegmentHistoryPages {

    private final ApiClient.Call reader;
    private final List<String> pages;
    private final int events;

    private SegmentHistoryPages(ApiClient.Call reader, List<String> pages, int events) {
        this.reader = reader;
        this.pages = pages;
        this.events = events;
    }

    static SegmentHistoryPages of(ApiClient.Call reader, String segmentId, int limit) {
        List<String> pages = new ArrayList<>();
        int events = 0;
        String next = "/api/segments/" + segmentId + "/history?limit=" + limit;
        while (next != null) {
            pages.add(next);
            Response response = reader.get(next);
            if (response.status() != 200) {
                throw new IllegalStateException(next + " answered " + response.status() + ": " + response.body());
            }
            JsonNode json = response.json();
            events += json.path("events").size();
            String link = response.header("Link");
            next = link == null ? null : link.substring(1, link.indexOf('>'));
        }
        return new SegmentHistoryPages(reader, pages, events);
    }

    int events() {
        return events;
    }

    /** The p99 of reading a page, over every page in turn. */
    double p99() {
        AtomicInteger turn = new AtomicInteger();
        return Latency.p99(() -> reader.get(pages.get(turn.getAndIncrement() % pages.size())).status());
    }
}
