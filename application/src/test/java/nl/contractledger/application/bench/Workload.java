package nl.contractledger.application.bench;

import nl.contractledger.domain.contract.*;
import nl.contractledger.domain.provider.KvkNumber;
import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.provider.RegisterProviderCommand;
import nl.contractledger.domain.provider.SizeClass;
import nl.contractledger.domain.region.*;
import nl.contractledger.domain.shared.Amount;
import nl.contractledger.domain.shared.DocumentRef;
import nl.contractledger.domain.tender.*;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A realistic store for the benchmarks, written through the command gateway by concurrent clients:
 * regions with five segments, open-house contracts with admissions, yearly tariffs, KPIs and their
 * results, extensions by option, and per region a tender through its award to a contract; plus one
 * "hot" segment with many contracts and their KPI histories, so that its timeline holds many entries.
 */
final class Workload {

    static final String HOT_SEGMENT = "bench-hot-s1";
    /** A second hot segment, for one long timeline written late, when the store is already large. */
    static final String LONG_SEGMENT = "bench-hot-s2";
    private static final DocumentRef DOCUMENT = new DocumentRef("Bench document", "ab".repeat(32));
    private static final Amount TARIFF = Amount.parse("100.00", "tariff");
    /** What one region of the workload writes, as measured on a store of 831,502 events. */
    private static final int EVENTS_PER_REGION = 115;

    private final CommandGateway commands;
    private final AtomicLong sent = new AtomicLong();
    private final List<ProviderId> providers = new ArrayList<>();
    private int fills;

    Workload(CommandGateway commands) {
        this.commands = commands;
    }

    long commandsSent() {
        return sent.get();
    }

    /** Writes about {@code events} events with {@code clients} concurrent clients, {@code hotEntries} of them on the hot segment. */
    void fill(int events, int hotEntries, int clients) throws Exception {
        fill(events, hotEntries, HOT_SEGMENT, clients);
    }

    /**
     * Writes about {@code events} events with {@code clients} concurrent clients, about {@code hotEntries}
     * timeline entries of them on the given hot segment, the rest as regions.
     */
    void fill(int events, int hotEntries, String hotSegment, int clients) throws Exception {
        String round = "f" + fills++;
        RegionId hotRegion = RegionId.of("bench-hot");
        if (providers.isEmpty()) {
            for (int p = 0; p < 8; p++) {
                ProviderId provider = ProviderId.of("bench-p" + p);
                providers.add(provider);
                send(new RegisterProviderCommand(provider, "Bench provider " + p, KvkNumber.of(String.format("%08d", 90000000 + p)),
                        SizeClass.MEDIUM));
            }
            send(new RegisterRegionCommand(hotRegion, "Hot", List.of("Delft"), LocalDate.of(2015, 1, 1), RegionPolicy.defaults()));
            send(new DefineSegmentCommand(hotRegion, SegmentId.of(HOT_SEGMENT), 1, "Hot", null, List.of(), ProcurementForm.OPEN_HOUSE,
                    FundingForm.EFFORT_BASED, List.of(), null));
            send(new DefineSegmentCommand(hotRegion, SegmentId.of(LONG_SEGMENT), 2, "Long", null, List.of(), ProcurementForm.OPEN_HOUSE,
                    FundingForm.EFFORT_BASED, List.of(), null));
        }
        int hot = hotEntries / 50;
        int regions = Math.max(1, (events - 50 * hot) / EVENTS_PER_REGION);
        ExecutorService pool = Executors.newFixedThreadPool(clients, ThreadCpu.clientThreads());
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            running.add(pool.submit(() -> {
                for (int job = next.getAndIncrement(); job < hot + regions; job = next.getAndIncrement()) {
                    if (job < hot) {
                        hot(hotRegion, SegmentId.of(hotSegment), "bench-hot-" + round + "-c" + job);
                    } else {
                        region("bench-" + round + "-r" + (job - hot));
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        pool.shutdown();
    }

    /**
     * A contract on the hot segment with 32 KPI results, half of them missed: 50 events, each a timeline entry (the
     * contract, its KPI, the results and the consequences of the missed ones).
     */
    private void hot(RegionId region, SegmentId segment, String id) {
        ContractId contract = contract(region, segment, id);
        send(new AgreeKpiCommand(contract, new Kpi("kpi", "KPI", new KpiTarget(KpiComparison.AT_LEAST, BigDecimal.TEN),
                "reduction"), LocalDate.of(2022, 1, 1)));
        for (int result = 0; result < 32; result++) {
            send(new RecordKpiResultCommand(contract, "kpi", "p" + result, BigDecimal.valueOf(result % 2 == 0 ? 5 : 15)));
        }
    }

    private void region(String id) {
        RegionId region = RegionId.of(id);
        send(new RegisterRegionCommand(region, "Region " + id, List.of("Delft", "Rijswijk"), LocalDate.of(2015, 1, 1), RegionPolicy.defaults()));
        for (int number = 1; number <= 5; number++) {
            SegmentId segment = SegmentId.of(id + "-s" + number);
            ProcurementForm form = number == 1 ? ProcurementForm.NEW_TENDER : ProcurementForm.OPEN_HOUSE;
            send(new DefineSegmentCommand(region, segment, number, "Segment " + number, null, List.of("objective"), form,
                    FundingForm.EFFORT_BASED, List.of(new Product(id + "-p" + number, "product", "45")), null));
            if (number > 1) {
                openHouse(region, segment, id + "-c" + number);
            }
        }
        tender(region, SegmentId.of(id + "-s1"), TenderId.of(id + "-t1"));
    }

    private void openHouse(RegionId region, SegmentId segment, String contractId) {
        ContractId contract = contract(region, segment, contractId);
        for (int p = 0; p < 4; p++) {
            send(new AdmitProviderCommand(contract, providers.get(p), LocalDate.of(2022, 1, 1), "QC", null));
        }
        for (int year = 2022; year <= 2027; year++) {
            send(new SetTariffsCommand(contract, year, List.of(new TariffLine("45A01", Amount.parse(year + ".00", "t")))));
        }
        send(new AgreeKpiCommand(contract, new Kpi("kpi", "KPI", new KpiTarget(KpiComparison.AT_LEAST, BigDecimal.TEN),
                "reduction"), LocalDate.of(2022, 1, 1)));
        for (int period = 0; period < 8; period++) {
            send(new RecordKpiResultCommand(contract, "kpi", "2022-" + period, BigDecimal.valueOf(period % 3 == 0 ? 5 : 15)));
        }
        send(new ExtendContractCommand(contract, LocalDate.of(2028, 12, 31), new ExtensionBasis(ExtensionBasisType.OPTION, 1,
                null, null, null), null, LocalDate.of(2027, 6, 1)));
    }

    private ContractId contract(RegionId region, SegmentId segment, String id) {
        ContractId contract = ContractId.of(id);
        send(new PublishContractCommand(contract, region, List.of(segment), ContractKind.OPEN_HOUSE, "Contract " + id,
                new Route(RouteType.OPEN_HOUSE, null, null, null, null), LocalDate.of(2022, 1, 1), LocalDate.of(2027, 12, 31),
                LocalDate.of(2029, 12, 31), List.of(new ExtensionOption(12), new ExtensionOption(12)), "EFFORT_BASED",
                List.of(new ContractProduct("45A01", "45", "day", TARIFF)), List.of(), DOCUMENT, null, null,
                LocalDate.of(2021, 10, 1)));
        return contract;
    }

    private void tender(RegionId region, SegmentId segment, TenderId tender) {
        send(new PlanTenderCommand(tender, region, List.of(segment), "Tender", Amount.parse("1000000.00", "v"),
                new PlannedMilestones(null, null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1),
                        LocalDate.of(2026, 6, 30), LocalDate.of(2027, 1, 1)), LocalDate.of(2025, 6, 19)));
        send(new ApproveTenderDocumentsCommand(tender, LocalDate.of(2026, 1, 20), "decision", DOCUMENT));
        send(new PublishTenderCommand(tender, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 5, 1), DOCUMENT));
        for (int p = 0; p < 4; p++) {
            send(new RegisterBidCommand(tender, "bid-" + p, providers.get(p), List.of(segment), LocalDate.of(2026, 4, 28)));
        }
        send(new CloseSubmissionsCommand(tender, LocalDate.of(2026, 5, 1)));
        send(new DecideAwardCommand(tender, LocalDate.of(2026, 6, 5), List.of(new Winner(segment, providers.get(0))), "best"));
        send(new AwardTenderCommand(tender, LocalDate.of(2026, 7, 20)));
        send(new PublishContractCommand(ContractId.of(tender.value() + "-c"), region, List.of(segment),
                ContractKind.GENERAL_AGREEMENT, "Tender contract", new Route(RouteType.TENDER, tender.value(), null, null, null),
                LocalDate.of(2027, 1, 1), LocalDate.of(2032, 12, 31), null, List.of(), "EFFORT_BASED",
                List.of(new ContractProduct("45A02", "45", "day", TARIFF)), List.of(), DOCUMENT, null, null,
                LocalDate.of(2026, 7, 25)));
    }

    /** A contract on the hot segment with {@code results} KPI results: a long history for {@code asOf}. */
    ContractId longHistory(String id, int results) {
        ContractId contract = contract(RegionId.of("bench-hot"), SegmentId.of(HOT_SEGMENT), id);
        send(new AgreeKpiCommand(contract, new Kpi("kpi", "KPI", new KpiTarget(KpiComparison.AT_LEAST, BigDecimal.TEN),
                "reduction"), LocalDate.of(2022, 1, 1)));
        for (int result = 0; result < results; result++) {
            send(new RecordKpiResultCommand(contract, "kpi", "h" + result, BigDecimal.valueOf(15)));
        }
        return contract;
    }

    /** One more KPI result for each of the contracts: each has changed since any instant before. */
    void oneMoreResult(List<String> contractIds) {
        for (String id : contractIds) {
            send(new RecordKpiResultCommand(ContractId.of(id), "kpi", "later", BigDecimal.valueOf(15)));
        }
    }

    void send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of("actor", "bench")));
        sent.incrementAndGet();
    }
}
