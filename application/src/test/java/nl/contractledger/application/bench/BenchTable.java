package nl.contractledger.application.bench;

import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/** The benchmark's figures as a table, each beside its target and whether it is met. */
final class BenchTable {

    private record Row(String field, String target, BiPredicate<Map<String, Object>, Boolean> met) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("commandsPerSecond1Client", "baseline", null),
            new Row("commandsPerSecond16Clients", "≥ 2.5× 1 client (PG), ≥ 1.5× (H2)",
                    (f, postgres) -> number(f, "commands16Over1Client") >= (postgres ? 2.5 : 1.5)),
            new Row("machineCoresBusy1Client", "reference (the machine's cores busy, 1 client)", null),
            new Row("machineCoresBusy16Clients", "reference (the machine's cores busy, 16 clients)", null),
            new Row("commands16Over1ClientCoreBound", "reference (cores ÷ cores busy with 1 client)", null),
            new Row("jdbcLimitCommitsPerSecond16Connections", "reference", null),
            new Row("writeEfficiency", "≥ 0.5", (f, postgres) -> number(f, "writeEfficiency") >= 0.5),
            new Row("restRequestsPerSecond16Clients", "≥ 0.5 × commands 16 clients",
                    (f, postgres) -> number(f, "restOverCommands") >= 0.5),
            new Row("restReadsPerSecond16Clients", "reference (GET of a contract, same clients)", null),
            new Row("h2CheckpointsPerRestRequest", "reference (H2's checkpoints before answers)", null),
            new Row("h2CheckpointMeanMs", "reference (one checkpoint)", null),
            new Row("h2CheckpointWaitShareOfRestClients", "reference (clients' time waiting for one)", null),
            new Row("replayEventsPerSecond", "≥ 0.5 × raw read",
                    (f, postgres) -> number(f, "replayOverRawRead") >= 0.5),
            new Row("replayWallSeconds", "reference (all together, stop to start)", null),
            new Row("replayWholeEventsPerSecond", "reference (events ÷ wall: stopping, clearing and starting too)", null),
            new Row("replayCoresBusy", "reference (process CPU / wall, all together)", null),
            new Row("replayEachMeanEventsPerSecond", "reference (each alone, mean pace)", null),
            new Row("replaySlowestAloneOverRawRead", "reference (slowest alone ÷ raw: all together's ceiling)", null),
            new Row("rebuildReaderAloneOverRawRead", "reference (a rebuild's reader alone ÷ raw: its ceiling)", null),
            new Row("replayDefaultEventsPerSecond", "baseline (all seven, Axon's defaults, at the first size)", null),
            new Row("replayAtDefaultSizeEventsPerSecond", "reference (all seven together, the same store)", null),
            new Row("replayOverDefault", "≥ 10 (PG)", (f, postgres) -> !postgres || number(f, "replayOverDefault") >= 10),
            new Row("rawReadEventsPerSecond", "reference", null),
            new Row("timelineP99Ms", "≤ 50 ms (pages of 500, 10,000 entries)", (f, postgres) -> number(f, "timelineP99Ms") <= 50),
            new Row("timelineInProcessP99Ms", "reference (the same pages without HTTP)", null),
            new Row("timelineWholeP99Ms", "reference (10,000 entries, one answer)", null),
            new Row("contractGetP99Ms", "≤ 10 ms", (f, postgres) -> number(f, "contractGetP99Ms") <= 10),
            new Row("asOfP99Ms", "≤ 50 ms", (f, postgres) -> number(f, "asOfP99Ms") <= 50),
            new Row("timelineAsOfPageP99Ms", "reference (the long timeline's first page as of an instant after its running contracts' last events)", null),
            new Row("timelineAsOfChangedSincePageP99Ms", "reference (the same, each running contract changed since: folded from its checkpoint)", null),
            new Row("regionProgressLongP99Ms", "reference (a region of two segments whose timelines hold 10,000 entries and more)", null),
            new Row("regionProgressShortP99Ms", "reference (a region of five segments with short timelines)", null),
            new Row("regionProgressLongAsOfP99Ms", "reference (the long region's progress as of an instant after its contracts' last events)", null),
            new Row("registerContracts", "reference (every contract of the store)", null),
            new Row("registerWholeP99Ms", "reference (the whole register, no filter)", null),
            new Row("registerWholeAsOfP99Ms", "reference (the same as of an instant after the last contract's last event)", null),
            new Row("regionDeadlinesLongP99Ms", "reference (the same region's deadlines of ten years)", null),
            new Row("regionDeadlinesShortP99Ms", "reference (the same region's deadlines of ten years)", null),
            new Row("tendersOfRegionP99Ms", "reference (a region's tenders, among one tender per region of the store)", null),
            new Row("tendersOfSegmentP99Ms", "reference (a segment's tenders, the same)", null),
            new Row("segmentHistoryPageP99Ms", "reference (pages of 1,000 events of the long timeline's segment, all in turn)", null),
            new Row("readOwnWriteMedianMs", "reference (a read with minPosition right after the write)", null),
            new Row("readOwnWriteP99Ms", "reference", null),
            new Row("replayCostSpread", "≤ 1.67 (±25%)", (f, postgres) -> number(f, "replayCostSpread") <= 1.25 / 0.75),
            new Row("timelineP99GrowthRatio", "≤ 1.5", (f, postgres) -> number(f, "timelineP99GrowthRatio") <= 1.5),
            new Row("timelineInProcessP99GrowthRatio", "reference (the same pages without HTTP)", null),
            new Row("commands16ClientsGrowthRatio", "reference (16 clients' commands/s filling to 100% ÷ to 30%)", null),
            new Row("startupSeconds", "≤ 15", (f, postgres) -> number(f, "startupSeconds") <= 15),
            new Row("peakHeapMb", "≤ 512", (f, postgres) -> number(f, "peakHeapMb") <= 512));

    private BenchTable() {
    }

    @SuppressWarnings("unchecked")
    static String of(Map<String, Object> results) {
        Map<String, Object> h2 = (Map<String, Object>) results.get("h2");
        Map<String, Object> postgres = (Map<String, Object>) results.get("postgres");
        StringBuilder table = new StringBuilder(String.format("%n%-40s %16s %16s   %s%n", "field", "H2", "PostgreSQL", "target"));
        for (Row row : ROWS) {
            table.append(String.format("%-40s %16s %16s   %s%n", row.field(), cell(h2, row, false), cell(postgres, row, true),
                    row.target()));
        }
        return table.toString();
    }

    private static String cell(Map<String, Object> figures, Row row, boolean postgres) {
        if (figures == null || !(figures.get(row.field()) instanceof Number)) {
            return "-";
        }
        String value = String.format("%.2f", number(figures, row.field()));
        return row.met() == null ? value : value + (row.met().test(figures, postgres) ? " ok" : " MISS");
    }

    private static double number(Map<String, Object> figures, String field) {
        return ((Number) figures.get(field)).doubleValue();
    }
}
