package nl.contractledger.application.readmodel;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.Response;
import nl.contractledger.domain.contract.ContractId;
import nl.contractledger.projections.contract.ContractEvolver;
import nl.contractledger.projections.contract.ContractView;
import nl.contractledger.projections.document.ViewReader;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A contract with a long history: its view is kept every hundred events, and a read as of an instant
 * starts from the latest kept view recorded by then, with the same answer as a fold from the first event.
 */
class ViewCheckpointTest extends ApiTest {

    private static final int RESULTS = 230;
    private static final String CONTRACT = "contract";

    @Autowired
    private ViewReader views;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void givenAContractWithMoreThanTwoHundredEvents_whenItsViewIsWritten_thenItIsKeptAfterEveryHundredthEvent() {
        String contract = contractWithResults(unique("kept"), List.of()).id();

        ContractView now = views.read(CONTRACT, contract, ContractId.of(contract).toString(), ContractView.class,
                ContractEvolver.INSTANCE, Instant.now()).orElseThrow();
        assertThat(now.kpis.get(0).results).hasSize(RESULTS);
        assertThat(now.version).isGreaterThanOrEqualTo(RESULTS + 1);
        assertThat(checkpointVersions(contract)).as("after the 100th, 200th, ... event: sequence numbers start at 0")
                .isEqualTo(LongStream.iterate(99, version -> version <= now.version, version -> version + 100).boxed().toList());
    }

    @Test
    void givenAContractWithALongHistory_whenReadAsOfMomentsBeforeBetweenAndAfterItsCheckpoints_thenEachEqualsTheFoldFromTheFirstEvent() {
        History history = contractWithResults(unique("asof"), List.of(40, 70, 99, 100, 130, 150, 199, 230));
        String streamKey = ContractId.of(history.id()).toString();

        history.moments().forEach((results, moment) -> {
            ContractView fromCheckpoint = views.read(CONTRACT, history.id(), streamKey, ContractView.class,
                    ContractEvolver.INSTANCE, moment).orElseThrow();
            ContractView fromFirstEvent = foldedFromAxonsStore(streamKey, moment);
            assertThat(fromCheckpoint.kpis.get(0).results).as("as of the moment after %d results", results).hasSize(results);
            assertThat(fromCheckpoint).as("as of the moment after %d results", results)
                    .usingRecursiveComparison().isEqualTo(fromFirstEvent);
        });
    }

    @Test
    void givenContractsWithAndWithoutKeptViews_whenReadTogetherAsOfMoments_thenEachEqualsItsOwnFoldFromTheFirstEvent() {
        History long1 = contractWithResults(unique("together-a"), List.of(50, 120, 150), 160);
        History long2 = contractWithResults(unique("together-b"), List.of(), 110);
        History short1 = contractWithResults(unique("together-c"), List.of(3), 5);
        Map<String, String> streamKeys = Map.of(long1.id(), ContractId.of(long1.id()).toString(),
                long2.id(), ContractId.of(long2.id()).toString(), short1.id(), ContractId.of(short1.id()).toString(),
                "never-recorded", ContractId.of("never-recorded").toString());
        List<Instant> moments = new ArrayList<>(long1.moments().values());
        moments.addAll(short1.moments().values());
        moments.add(Instant.now());

        moments.forEach(moment -> {
            Map<String, ContractView> together = views.readAll(CONTRACT, streamKeys.keySet(), streamKeys::get, ContractView.class,
                    ContractEvolver.INSTANCE, moment);
            Map<String, ContractView> oneByOne = new HashMap<>();
            streamKeys.forEach((id, streamKey) -> {
                ContractView alone = foldedFromAxonsStore(streamKey, moment);
                if (alone != null) {
                    oneByOne.put(id, alone);
                }
            });
            assertThat(together.keySet()).as("as of %s", moment).isEqualTo(oneByOne.keySet()).doesNotContain("never-recorded");
            assertThat(together).as("as of %s", moment).usingRecursiveComparison().isEqualTo(oneByOne);
        });
        assertThat(views.readAll(CONTRACT, streamKeys.keySet(), streamKeys::get, ContractView.class,
                ContractEvolver.INSTANCE, moments.get(0)))
                .as("as of the moment after the first's 50th result, before the others were published").containsOnlyKeys(long1.id())
                .extractingByKey(long1.id()).satisfies(view -> assertThat(view.kpis.get(0).results).hasSize(50));
    }

    @Test
    void givenAKeptView_whenReadAsOfAnInstantAfterIt_thenTheFoldStartsFromItAndNotFromTheFirstEvent() {
        History history = contractWithResults(unique("from"), IntStream.rangeClosed(1, RESULTS / 10).map(n -> n * 10).boxed().toList());
        Instant first = checkpointRecordedAt(history.id(), 99);
        Instant second = checkpointRecordedAt(history.id(), 199);
        Instant afterTheFirst = history.moments().values().stream().filter(moment -> !moment.isBefore(first) && moment.isBefore(second))
                .findFirst().orElseThrow();
        Instant afterTheSecond = history.moments().values().stream().filter(moment -> !moment.isBefore(second)).findFirst().orElseThrow();
        String kept = checkpointDocument(history.id(), 99);
        try {
            setCheckpointDocument(history.id(), withTitle(kept, "from the checkpoint"));
            ApiClient.Call auditor = api.as("auditor");

            assertThat(auditor.get(asOf(history.id(), afterTheFirst)).json().path("title").asString())
                    .isEqualTo("from the checkpoint");
            assertThat(auditor.get(asOf(history.id(), afterTheSecond)).json().path("title").asString())
                    .as("a later checkpoint takes over").isEqualTo("C");
            assertThat(auditor.get(asOf(history.id(), first.minusNanos(1))).json().path("title").asString())
                    .as("before the first checkpoint, from the first event").isEqualTo("C");
        } finally {
            setCheckpointDocument(history.id(), kept);
        }
    }

    @Test
    void givenAContractUnchangedSinceAnInstant_whenReadAsOfIt_thenTheFoldStartsFromItsDocumentAndBeforeItsLastEventFromACheckpoint() {
        History history = contractWithResults(unique("document"), List.of(RESULTS - 1), RESULTS);
        Instant beforeTheLast = history.moments().get(RESULTS - 1);
        Instant afterTheLast = Instant.now();
        String kept = document(history.id());
        try {
            setDocument(history.id(), withTitle(kept, "from the document"));
            ApiClient.Call auditor = api.as("auditor");

            assertThat(auditor.get(asOf(history.id(), afterTheLast)).json().path("title").asString())
                    .as("its last event recorded by then: the document is the view then").isEqualTo("from the document");
            assertThat(auditor.get(asOf(history.id(), beforeTheLast)).json().path("title").asString())
                    .as("its last event recorded after: from the checkpoint").isEqualTo("C");
            assertThat(auditor.get(asOf(history.id(), beforeTheLast)).json().path("kpis").path(0).path("results").size())
                    .isEqualTo(RESULTS - 1);
        } finally {
            setDocument(history.id(), kept);
        }
    }

    private record History(String id, Map<Integer, Instant> moments) {
    }

    /** Publishes a contract with a KPI and {@value RESULTS} results; remembers the instant after each numbered result. */
    private History contractWithResults(String id, List<Integer> momentsAfter) {
        return contractWithResults(id, momentsAfter, RESULTS);
    }

    /** Publishes a contract with a KPI and so many results; remembers the instant after each numbered result. */
    private History contractWithResults(String id, List<Integer> momentsAfter, int results) {
        ApiClient.Call procurement = api.as("procurement");
        expect(procurement.post("/api/regions", "{\"id\": \"%s\", \"name\": \"R\", \"municipalities\": [\"Delft\"]}".formatted(id)), 201);
        expect(procurement.post("/api/regions/" + id + "/segments", "{\"id\": \"%s-s1\", \"number\": 1, \"name\": \"S\", "
                .formatted(id) + "\"procurementForm\": \"OPEN_HOUSE\", \"fundingForm\": \"EFFORT_BASED\"}"), 201);
        expect(procurement.post("/api/contracts", """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s-s1"], "kind": "OPEN_HOUSE", "title": "C",
                 "route": {"type": "OPEN_HOUSE"}, "startsOn": "2022-01-01", "endsOn": "2030-12-31",
                 "document": {"title": "C", "sha256": "%s"}}""".formatted(id, id, id, "ab".repeat(32))), 201);
        expect(procurement.post("/api/contracts/" + id + "/kpis", """
                {"kpiId": "kpi", "description": "K", "target": {"comparison": "AT_LEAST", "value": "10"},
                 "consequence": "reduction", "agreedOn": "2022-01-01"}"""), 200);
        Map<Integer, Instant> moments = new LinkedHashMap<>();
        long position = 0;
        for (int result = 1; result <= results; result++) {
            position = expect(procurement.post("/api/contracts/" + id + "/kpis/kpi/results",
                    "{\"period\": \"p%d\", \"value\": \"%d\"}".formatted(result, result % 20)), 200).position();
            if (momentsAfter.contains(result)) {
                moments.put(result, between());
            }
        }
        expect(procurement.get("/api/contracts/" + id + "?minPosition=" + position), 200);
        return new History(id, moments);
    }

    /** An instant after everything recorded so far and before anything recorded next. */
    private static Instant between() {
        try {
            Thread.sleep(2);
            Instant moment = Instant.now();
            Thread.sleep(2);
            return moment;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /**
     * The contract as recorded at the moment, folded from its first event as Axon's event store reads it (not as the
     * read model reads events): its events in sequence order up to the first recorded after the moment; null if none.
     */
    private ContractView foldedFromAxonsStore(String streamKey, Instant moment) {
        DomainEventStream events = eventStore.readEvents(streamKey, 0);
        ContractView view = null;
        while (events.hasNext() && !events.peek().getTimestamp().isAfter(moment)) {
            DomainEventMessage<?> event = events.next();
            view = ContractEvolver.INSTANCE.evolve(view, event.getPayload(), event.getSequenceNumber(), event.getTimestamp());
        }
        return view;
    }

    private List<Long> checkpointVersions(String contract) {
        return jdbc.sql("SELECT version FROM view_checkpoint WHERE kind = 'contract' AND id = :id ORDER BY version")
                .param("id", contract).query(Long.class).list();
    }

    private Instant checkpointRecordedAt(String contract, long version) {
        return Instant.ofEpochSecond(0, jdbc.sql("SELECT recorded_at_nanos FROM view_checkpoint "
                        + "WHERE kind = 'contract' AND id = :id AND version = :version")
                .param("id", contract).param("version", version).query(Long.class).single());
    }

    private String checkpointDocument(String contract, long version) {
        return jdbc.sql("SELECT document FROM view_checkpoint WHERE kind = 'contract' AND id = :id AND version = :version")
                .param("id", contract).param("version", version).query(String.class).single();
    }

    private void setCheckpointDocument(String contract, String document) {
        jdbc.sql("UPDATE view_checkpoint SET document = :document WHERE kind = 'contract' AND id = :id AND version = 99")
                .param("document", document).param("id", contract).update();
    }

    /** The view's JSON with another title, to tell which view a read started from. */
    private static String withTitle(String view, String title) {
        ObjectNode tampered = (ObjectNode) ApiClient.json(view);
        tampered.put("title", title);
        return tampered.toString();
    }

    private String document(String contract) {
        return jdbc.sql("SELECT document FROM read_document WHERE kind = 'contract' AND id = :id")
                .param("id", contract).query(String.class).single();
    }

    private void setDocument(String contract, String document) {
        jdbc.sql("UPDATE read_document SET document = :document WHERE kind = 'contract' AND id = :id")
                .param("document", document).param("id", contract).update();
    }

    private static String asOf(String contract, Instant moment) {
        return "/api/contracts/" + contract + "?asOf=" + moment;
    }

    private static Response expect(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response;
    }
}
