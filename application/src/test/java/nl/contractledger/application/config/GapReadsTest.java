package nl.contractledger.application.config;

import nl.contractledger.application.support.RunningApplication;
import nl.contractledger.domain.region.MunicipalityJoinedEvent;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.projections.Positions;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A processor whose token remembers gaps reads the events after its index and those in its gaps, in index
 * order, and on H2 reads them through the primary key instead of scanning the event table.
 */
class GapReadsTest {

    private static final int EVENTS = 400;
    private static final Pattern SCANNED = Pattern.compile("scanCount: (\\d+)");
    private static RunningApplication application;

    @BeforeAll
    static void storeEvents() {
        application = RunningApplication.start("spring.datasource.url=jdbc:h2:mem:gaps-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        EventStorageEngine engine = application.bean(EventStorageEngine.class);
        DefaultUnitOfWork.startAndGet(null).execute(() -> engine.appendEvents(IntStream.range(0, EVENTS)
                .mapToObj(number -> new GenericDomainEventMessage<>("Region", "gap-region-" + number, 0,
                        new MunicipalityJoinedEvent(RegionId.of("gap-region-" + number), "Delft", LocalDate.of(2025, 1, 1))))
                .toList()));
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    @Test
    void givenATokenWithGaps_whenTheEngineReadsAfterIt_thenTheGapsAndTheEventsAfterItsIndexComeInIndexOrder() {
        long first = firstIndex();
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(first + 300, List.of(first + 10, first + 250));

        List<Long> read;
        try (var events = application.bean(EventStorageEngine.class).readEvents(token, false)) {
            read = events.map(Positions::of).toList();
        }

        assertThat(read).startsWith(first + 10, first + 250, first + 301).endsWith(first + EVENTS - 1)
                .hasSize(2 + EVENTS - 301).isSorted();
    }

    @Test
    void givenATokenWithGaps_whenH2PlansTheRead_thenItVisitsOnlyTheRangeAndTheGapsByTheirIndex() {
        long first = firstIndex();

        String plan = application.jdbc().sql("EXPLAIN ANALYZE " + GapReads.sql(StoreTables.events(), 2))
                .params(first + 300, first + 310, first + 10, first + 250)
                .query(String.class).single();

        Matcher scanned = SCANNED.matcher(plan);
        long rowsVisited = 0;
        while (scanned.find()) {
            rowsVisited += Long.parseLong(scanned.group(1));
        }
        assertThat(plan).contains("UNION ALL");
        assertThat(rowsVisited).as(plan).isPositive().isLessThanOrEqualTo(20);
    }

    private static long firstIndex() {
        return application.jdbc().sql("SELECT MIN(global_index) FROM domain_event_entry").query(Long.class).single();
    }
}
