package nl.contractledger.application.admin;

import nl.contractledger.application.support.RunningApplication;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pace of a rebuild's reader alone: the store read page by page as a rebuild reads it (every column,
 * upcast, payload and meta-data deserialised, recording time parsed), handed to no read model. A rebuild
 * reads on one thread while the read models handle the page before, so it cannot pace faster than this.
 */
public final class EventPagesPace {

    private EventPagesPace() {
    }

    public static double eventsPerSecond(RunningApplication app, int pageSize) {
        EventPages pages = app.bean(EventPages.class);
        long total = app.jdbc().sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single();
        long started = System.nanoTime();
        long read = 0;
        GapAwareTrackingToken token = null;
        for (List<TrackedEventMessage<?>> page = pages.after(null, pageSize, event -> true); !page.isEmpty();
             page = pages.after(token, pageSize, event -> true)) {
            token = (GapAwareTrackingToken) page.get(page.size() - 1).trackingToken();
            read += page.size();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(read).isEqualTo(total);
        return read / seconds;
    }
}
