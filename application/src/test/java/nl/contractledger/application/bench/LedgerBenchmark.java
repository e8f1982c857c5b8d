package nl.contractledger.application.bench;

import nl.contractledger.application.admin.EventPagesPace;
import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.PostgresDatabase;
import nl.contractledger.application.support.ReadModelsReplayed;
import nl.contractledger.application.support.RunningApplication;
import nl.contractledger.application.support.Staff;
import nl.contractledger.application.support.TestUsers;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product's benchmark, on H2 and (when reachable) PostgreSQL in one run: commands through the
 * gateway with 1 and 16 clients against the database's own commit limit, the same commands over HTTP,
 * replay against the raw read ceiling and Axon's default processor, read latencies, replay cost and
 * timeline latency as the store grows (10%, 30% and 100% of {@code 1,000,000 × bench.scale} events),
 * start-up time on the full store, and the peak heap. Each phase starts with every read model caught up, so
 * that it does not pay for projecting the phase before it. Prints a table and writes
 * {@code target/bench/results.json} at the root of the repository.
 * {@code ./mvnw -B -Pbench verify [-Dbench.scale=1]}
 */
@Tag("bench")
class LedgerBenchmark {

    private static final double SCALE = Double.parseDouble(System.getProperty("bench.scale", "0.05"));
    private static final int FULL = (int) (1_000_000 * SCALE);
    private static final double[] STAGES = {0.1, 0.3, 1.0};
    private static final int HOT_ENTRIES = Math.min(10_000, (int) (FULL * STAGES[0] / 3));
    /** The events one client writes; the hot segment's entries are shared out with the 16 clients in proportion. */
    private static final int ONE_CLIENT_EVENTS = Math.max(1_500, FULL / 100);
    /**
     * The hot segment's entries written by the one client: both command phases write the same mix of long
     * contracts (the hot segment's) and regions, so that 16 ÷ 1 client compares the same work.
     */
    private static final int ONE_CLIENT_HOT_ENTRIES = (int) Math.min(HOT_ENTRIES, (long) HOT_ENTRIES * ONE_CLIENT_EVENTS / (FULL * STAGES[0]));
    /** The timeline whose read latency is the target: 10,000 entries, written with the last part of the store. */
    private static final int LONG_TIMELINE = 10_000;
    /** Events per page of a rebuild, as configured by default ({@code ledger.read-models.rebuild-batch-size}). */
    private static final int REBUILD_PAGE = 2_000;
    /**
     * Passes of the raw read and of a rebuild's reader alone, of which the fastest counts: a single pass varied
     * from 122,000 to 156,000 events per second on H2 between runs of the same day, and the fastest of three
     * reached 218,000. The first pass also compiles the raw read's path, which the warm-up does not take, and
     * the machine is shared.
     */
    private static final int CEILING_PASSES = 3;
    /** Entries per page of a timeline read. */
    private static final int PAGE = 500;
    private static final int HISTORY_PAGE = 1_000;
    private static final Staff STAFF = Staff.CONFIGURED;
    /** How long the benchmark's work runs on a throwaway store before each database is measured ({@link WarmUp}). */
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmUpSeconds", 60));
    /** The databases to measure: {@code -Dbench.databases=h2,postgres} (both by default). */
    private static final List<String> DATABASES = List.of(System.getProperty("bench.databases", "h2,postgres").split(","));

    @TempDir
    Path directory;

    @Test
    void measureTheLedgerAgainstItsBaselinesOnBothDatabases() throws Exception {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("generatedAt", Instant.now().toString());
        results.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "javaVersion", System.getProperty("java.version"), "maxHeapMb", Runtime.getRuntime().maxMemory() >> 20));
        results.put("scale", SCALE);
        results.put("warmUpSeconds", WARM_UP.toSeconds());
        assertThat(List.of("h2", "postgres")).as("-Dbench.databases").containsAll(DATABASES);
        if (DATABASES.contains("h2")) {
            warmUp("spring.datasource.url=jdbc:h2:file:" + directory.resolve("warm-up").toAbsolutePath());
            measure(results, "h2", "spring.datasource.url=jdbc:h2:file:" + directory.resolve("bench").toAbsolutePath());
            System.out.println(BenchTable.of(results));
        }
        if (DATABASES.contains("postgres") && BenchDatabases.postgresReachable()) {
            try (PostgresDatabase throwaway = PostgresDatabase.create()) {
                warmUp(throwaway.applicationProperties());
            }
            try (PostgresDatabase postgres = PostgresDatabase.create()) {
                measure(results, "postgres", postgres.applicationProperties());
            }
            System.out.println(BenchTable.of(results));
        }
    }

    /**
     * Writes the results so far, the figures of the database being measured included ({@code "complete": false}
     * until its run ends): a run stopped part of the way keeps what it measured.
     */
    private static void write(Map<String, Object> results) {
        Path out = Path.of(System.getProperty("bench.results", "../target/bench/results.json"));
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, JsonText.of(results));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("written to " + out.toAbsolutePath().normalize());
    }

    private static void warmUp(String... database) throws Exception {
        WarmUp.run(WARM_UP, STAFF, withUsers(database));
    }

    private static String[] withUsers(String... database) {
        List<String> properties = new ArrayList<>(Arrays.asList(database));
        properties.addAll(List.of(TestUsers.properties()));
        return properties.toArray(String[]::new);
    }

    private void measure(Map<String, Object> results, String key, String... database) throws Exception {
        String[] all = withUsers(database);
        System.gc();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("complete", false);
        results.put(key, figures);
        try (HeapPeak heap = new HeapPeak()) {
            measure(all, figures, () -> write(results));
            figures.put("peakHeapMb", heap.megabytes());
        }
        derive(figures);
        figures.put("complete", true);
        write(results);
    }

    private void measure(String[] all, Map<String, Object> figures, Runnable checkpoint) throws Exception {
        try (RunningApplication app = RunningApplication.start(all)) {
            Workload workload = new Workload(app.bean(CommandGateway.class));
            long started = System.nanoTime();
            MachineCpu machine = MachineCpu.start();
            workload.fill(ONE_CLIENT_EVENTS, ONE_CLIENT_HOT_ENTRIES, 1);
            figures.put("commandsPerSecond1Client", workload.commandsSent() / Replays.seconds(started));
            machine.coresBusy().ifPresent(cores -> figures.put("machineCoresBusy1Client", cores));
            caughtUp(app);
            long before = workload.commandsSent();
            started = System.nanoTime();
            ThreadCpu cpu = ThreadCpu.start();
            machine = MachineCpu.start();
            workload.fill((int) (FULL * STAGES[0]) - (int) Replays.events(app), HOT_ENTRIES - ONE_CLIENT_HOT_ENTRIES, 16);
            figures.put("commandsPerSecond16Clients", (workload.commandsSent() - before) / Replays.seconds(started));
            machine.coresBusy().ifPresent(cores -> figures.put("machineCoresBusy16Clients", cores));
            figures.put("cpuMsPerCommand16Clients", cpu.millisPer(workload.commandsSent() - before));
            started = System.nanoTime();
            caughtUp(app);
            figures.put("readModelsCatchUpSecondsAfter16Clients", Replays.seconds(started));
            figures.put("cpuMsPerCommand16ClientsWithCatchUp", cpu.millisPer(workload.commandsSent() - before));
            workload.longHistory("bench-long", 1_000);
            caughtUp(app);
            figures.put("jdbcLimitCommitsPerSecond16Connections", JdbcCommitLimit.commitsPerSecond(app.bean(DataSource.class), 300));
            ApiClient keepAlive = app.api();
            RestWorkload rest = new RestWorkload(() -> STAFF.procurement(keepAlive));
            started = System.nanoTime();
            cpu = ThreadCpu.start();
            int restContracts = Math.max(100, FULL / 1_000);
            Checkpoints checkpoints = Checkpoints.start(app.bean(MeterRegistry.class));
            rest.send("bench-rest", restContracts, 16);
            double restSeconds = Replays.seconds(started);
            figures.put("restRequestsPerSecond16Clients", rest.requests() / restSeconds);
            checkpoints.figures(rest.requests(), 16, restSeconds).forEach(figures::put);
            figures.put("cpuMsPerRestRequest16Clients", cpu.millisPer(rest.requests()));
            started = System.nanoTime();
            caughtUp(app);
            figures.put("readModelsCatchUpSecondsAfterRest", Replays.seconds(started));
            figures.put("cpuMsPerRestRequest16ClientsWithCatchUp", cpu.millisPer(rest.requests()));
            int restReads = Math.max(4_000, 10 * restContracts);
            cpu = ThreadCpu.start();
            figures.put("restReadsPerSecond16Clients", rest.readsPerSecond("bench-rest", restContracts, 16, restReads));
            figures.put("cpuMsPerRestRead16Clients", cpu.millisPer(restReads));
            for (String phase : List.of("cpuMsPerCommand16Clients", "cpuMsPerCommand16ClientsWithCatchUp",
                    "cpuMsPerRestRequest16Clients", "cpuMsPerRestRequest16ClientsWithCatchUp", "cpuMsPerRestRead16Clients")) {
                System.out.println(phase + ": " + figures.get(phase));
            }
            checkpoint.run();

            Map<String, Object> secondsPerMillion = new LinkedHashMap<>();
            Map<String, Object> timelineP99 = new LinkedHashMap<>();
            figures.put("replaySecondsPerMillionEventsAt", secondsPerMillion);
            // the fills of the growth stages write regions and, in the last, the long timeline's contracts:
            // the same mix at every size, unlike the 16-client phase with its share of the hot segment
            Map<String, Object> sixteenClientsAt = new LinkedHashMap<>();
            figures.put("commandsPerSecond16ClientsAt", sixteenClientsAt);
            figures.put("timelineP99MsAt", timelineP99);
            Map<String, Object> timelineInProcessP99 = new LinkedHashMap<>();
            figures.put("timelineInProcessP99MsAt", timelineInProcessP99);
            for (int stage = 0; stage < STAGES.length; stage++) {
                int size = (int) (FULL * STAGES[stage]);
                if (stage > 0) {
                    boolean last = stage == STAGES.length - 1;
                    long sentBefore = workload.commandsSent();
                    long fillStarted = System.nanoTime();
                    workload.fill(size - (int) Replays.events(app), last ? LONG_TIMELINE : 0, Workload.LONG_SEGMENT, 16);
                    sixteenClientsAt.put(String.valueOf(Replays.events(app)),
                            (workload.commandsSent() - sentBefore) / Replays.seconds(fillStarted));
                }
                caughtUp(app);
                BenchDatabases.vacuumLikeAutovacuum(app);
                long events = Replays.events(app);
                if (stage == 0) {
                    figures.put("replayDefaultEventsPerSecond", Replays.defaultReplay(app, ReadModelsReplayed.READ_MODELS));
                    figures.put("replayDefaultMeasuredAtEvents", events);
                    BenchDatabases.vacuumLikeAutovacuum(app);
                    checkpoint.run();
                }
                ThreadCpu rebuildCpu = ThreadCpu.start();
                Map<String, Double> together = Replays.rebuildTogether(app);
                if (stage == 0) {
                    // the same full rebuild on the same store as Axon's defaults just did it
                    figures.put("replayAtDefaultSizeEventsPerSecond", together.get("eventsPerSecond"));
                }
                Map<String, Double> rebuildCpuPerThousand = rebuildCpu.millisPer(Math.max(1, events / 1_000));
                BenchDatabases.vacuumLikeAutovacuum(app);
                secondsPerMillion.put(String.valueOf(events), 1e6 / together.get("eventsPerSecond"));
                TimelinePages hot = TimelinePages.of(STAFF.auditor(app.api()), Workload.HOT_SEGMENT, PAGE);
                timelineP99.put(String.valueOf(events), hot.p99());
                timelineInProcessP99.put(String.valueOf(events), hot.inProcessP99(app));
                if (stage == STAGES.length - 1) {
                    figures.put("eventsInStore", events);
                    figures.put("replayEventsPerSecond", together.get("eventsPerSecond"));
                    figures.put("replayWallSeconds", together.get("wallSeconds"));
                    figures.put("replayWholeEventsPerSecond", events / together.get("wallSeconds"));
                    figures.put("cpuMsPerThousandEventsRebuildTogether", rebuildCpuPerThousand);
                    figures.put("replayTogetherPageEventsPerSecondByReadModel", Replays.pageRates(together, events));
                    figures.put("replayCoresBusy", rebuildCpuPerThousand.get("total") * events / 1_000 / 1_000
                            / together.get("wallSeconds"));
                    System.out.println("cpuMsPerThousandEventsRebuildTogether: " + rebuildCpuPerThousand);
                    checkpoint.run();
                    figures.put("replayEventsPerSecondByReadModel", Replays.rebuildEach(app));
                    checkpoint.run();
                    figures.put("rawReadEventsPerSecond", Replays.fastestOf(CEILING_PASSES, () -> Replays.rawRead(app)));
                    figures.put("rebuildReaderAloneEventsPerSecond",
                            Replays.fastestOf(CEILING_PASSES, () -> EventPagesPace.eventsPerSecond(app, REBUILD_PAGE)));
                }
                checkpoint.run();
            }
            figures.put("timelineGrowthEntries", HOT_ENTRIES);
            TimelinePages longTimeline = TimelinePages.of(STAFF.auditor(app.api()), Workload.LONG_SEGMENT, PAGE);
            figures.put("timelineEntries", longTimeline.entries());
            figures.put("timelinePageEntries", PAGE);
            figures.put("timelineP99Ms", longTimeline.p99());
            figures.put("timelineInProcessP99Ms", longTimeline.inProcessP99(app));
            figures.put("timelineWholeP99Ms", longTimeline.wholeP99());
            ApiClient.Call auditor = STAFF.auditor(app.api());
            figures.put("contractGetP99Ms", Latency.p99(() -> auditor.get("/api/contracts/bench-f1-r0-c2").status()));
            figures.put("regionProgressLongP99Ms", Latency.p99(() -> auditor.get("/api/regions/bench-hot/progress").status()));
            figures.put("regionProgressShortP99Ms", Latency.p99(() -> auditor.get("/api/regions/bench-f1-r0/progress").status()));
            figures.put("regionDeadlinesLongP99Ms", Latency.p99(() -> auditor.get("/api/regions/bench-hot/deadlines?within=3660").status()));
            figures.put("regionDeadlinesShortP99Ms", Latency.p99(() -> auditor.get("/api/regions/bench-f1-r0/deadlines?within=3660").status()));
            figures.put("tendersOfRegionP99Ms", Latency.p99(() -> auditor.get("/api/tenders?regionId=bench-f1-r0").status()));
            figures.put("tendersOfSegmentP99Ms", Latency.p99(() -> auditor.get("/api/tenders?segmentId=bench-f1-r0-s1").status()));
            SegmentHistoryPages history = SegmentHistoryPages.of(auditor, Workload.LONG_SEGMENT, HISTORY_PAGE);
            figures.put("segmentHistoryEvents", history.events());
            figures.put("segmentHistoryPageP99Ms", history.p99());
            String asOf = Instant.now().toString();
            figures.put("asOfP99Ms", Latency.p99(() -> auditor.get("/api/contracts/bench-long?asOf=" + asOf).status()));
            figures.put("timelineAsOfPageP99Ms", Latency.p99(() -> auditor.get("/api/segments/" + Workload.LONG_SEGMENT
                    + "/timeline?kind=revision&limit=" + PAGE + "&asOf=" + asOf).status(), 10, 100));
            figures.put("regionProgressLongAsOfP99Ms", Latency.p99(() -> auditor.get("/api/regions/bench-hot/progress?asOf=" + asOf)
                    .status(), 10, 100));
            figures.put("registerContracts", auditor.get("/api/contracts").json().size());
            figures.put("registerWholeP99Ms", Latency.p99(() -> auditor.get("/api/contracts").status(), 5, 100));
            figures.put("registerWholeAsOfP99Ms", Latency.p99(() -> auditor.get("/api/contracts?asOf=" + asOf).status(), 5, 100));
            List<String> running = new ArrayList<>();
            auditor.get("/api/contracts?segmentId=" + Workload.LONG_SEGMENT).json().forEach(contract -> running.add(contract.path("id").asString()));
            workload.oneMoreResult(running);
            caughtUp(app);
            figures.put("timelineAsOfChangedSincePageP99Ms", Latency.p99(() -> auditor.get("/api/segments/" + Workload.LONG_SEGMENT
                    + "/timeline?kind=revision&limit=" + PAGE + "&asOf=" + asOf).status(), 10, 100));
            figures.putAll(ReadOwnWrite.measure(STAFF.procurement(app.api()), "bench-f1-r0-c2"));
        }
        long started = System.nanoTime();
        try (RunningApplication restarted = RunningApplication.start(all)) {
            figures.put("startupSeconds", Replays.seconds(started));
            figures.put("startupAtEvents", Replays.events(restarted));
        }
    }

    /**
     * Waits until every read model has caught up with the store, so that a phase does not pay for projecting
     * the events of the phase before it.
     */
    private static void caughtUp(RunningApplication app) {
        ReadModelsReplayed.awaitCaughtUp(STAFF.admin(app.api()), Duration.ofMinutes(30));
    }

    @SuppressWarnings("unchecked")
    private static void derive(Map<String, Object> figures) {
        double one = (double) figures.get("commandsPerSecond1Client");
        double sixteen = (double) figures.get("commandsPerSecond16Clients");
        figures.put("commands16Over1Client", sixteen / one);
        if (figures.get("machineCoresBusy1Client") instanceof Double busy) {
            // what 16 clients could gain from the idle cores alone, at the machine CPU per command of one client
            figures.put("commands16Over1ClientCoreBound", MachineCpu.cores() / busy);
        }
        figures.put("writeEfficiency", sixteen / (double) figures.get("jdbcLimitCommitsPerSecond16Connections"));
        figures.put("restOverCommands", (double) figures.get("restRequestsPerSecond16Clients") / sixteen);
        figures.put("replayOverRawRead", (double) figures.get("replayEventsPerSecond") / (double) figures.get("rawReadEventsPerSecond"));
        figures.put("rebuildReaderAloneOverRawRead", (double) figures.get("rebuildReaderAloneEventsPerSecond")
                / (double) figures.get("rawReadEventsPerSecond"));
        figures.put("replayWholeOverRawRead", (double) figures.get("replayWholeEventsPerSecond") / (double) figures.get("rawReadEventsPerSecond"));
        double eachMean = ((Map<String, Double>) figures.get("replayEventsPerSecondByReadModel")).get("mean");
        figures.put("replayEachMeanEventsPerSecond", eachMean);
        figures.put("replayEachMeanOverRawRead", eachMean / (double) figures.get("rawReadEventsPerSecond"));
        Map.Entry<String, Double> slowest = ((Map<String, Double>) figures.get("replayEventsPerSecondByReadModel")).entrySet()
                .stream().filter(entry -> !entry.getKey().equals("mean")).min(Map.Entry.comparingByValue()).orElseThrow();
        figures.put("replaySlowestAlone", slowest.getKey());
        figures.put("replaySlowestAloneOverRawRead", slowest.getValue() / (double) figures.get("rawReadEventsPerSecond"));
        figures.put("replayOverDefault", (double) figures.get("replayAtDefaultSizeEventsPerSecond")
                / (double) figures.get("replayDefaultEventsPerSecond"));
        List<Double> costs = ((Map<String, Object>) figures.get("replaySecondsPerMillionEventsAt")).values().stream()
                .map(Double.class::cast).toList();
        figures.put("replayCostSpread", costs.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                / costs.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
        figures.put("timelineP99GrowthRatio", growth((Map<String, Object>) figures.get("timelineP99MsAt")));
        figures.put("commands16ClientsGrowthRatio", growth((Map<String, Object>) figures.get("commandsPerSecond16ClientsAt")));
        figures.put("timelineInProcessP99GrowthRatio", growth((Map<String, Object>) figures.get("timelineInProcessP99MsAt")));
    }

    /** A figure measured at every store size: at the largest size ÷ at the smallest. */
    private static double growth(Map<String, Object> bySize) {
        List<Double> figures = bySize.values().stream().map(Double.class::cast).toList();
        return figures.get(figures.size() - 1) / figures.get(0);
    }

}
