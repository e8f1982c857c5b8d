package nl.contractledger.application.reliability;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.Response;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A steady stream of commands (KPI results with periods of their own) from a few client threads,
 * remembering which were acknowledged, which had no answer (the connection broke: written or not),
 * and which had an answer other than 200.
 */
final class CommandLoad implements AutoCloseable {

    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final Set<String> unanswered = ConcurrentHashMap.newKeySet();
    private final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger sent = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();

    /** Starts {@code clients} threads sending to the contracts through the calls the supplier makes. */
    CommandLoad(String run, List<String> contracts, int clients, Supplier<ApiClient.Call> procurement) {
        for (int client = 0; client < clients; client++) {
            int number = client;
            Thread thread = new Thread(() -> send(run + "-c" + number, contracts, procurement, new Random(run.hashCode() + number)),
                    "load-" + run + "-" + number);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    private void send(String client, List<String> contracts, Supplier<ApiClient.Call> procurement, Random random) {
        for (int command = 0; running.get(); command++) {
            String contract = contracts.get(random.nextInt(contracts.size()));
            String result = contract + " " + client + "-" + command;
            sent.incrementAndGet();
            try {
                Response answer = procurement.get().post("/api/contracts/" + contract + "/kpis/kpi/results",
                        "{\"period\": \"%s-%d\", \"value\": \"%d\"}".formatted(client, command, random.nextInt(2 * Fixture.TARGET)));
                if (answer.status() == 200) {
                    acknowledged.add(result);
                } else {
                    unexpected.add(result + ": " + answer);
                }
            } catch (IllegalStateException broken) {
                unanswered.add(result);
            }
        }
    }

    /** Waits until at least this many commands were acknowledged. */
    CommandLoad awaitAcknowledged(int count) {
        while (acknowledged.size() < count && threads.stream().anyMatch(Thread::isAlive)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return this;
            }
        }
        return this;
    }

    Set<String> acknowledged() {
        return acknowledged;
    }

    Set<String> unanswered() {
        return unanswered;
    }

    List<String> unexpected() {
        return unexpected;
    }

    @Override
    public void close() {
        running.set(false);
        for (Thread thread : threads) {
            try {
                thread.join(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
