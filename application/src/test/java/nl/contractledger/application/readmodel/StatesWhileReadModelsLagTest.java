package nl.contractledger.application.readmodel;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.Response;
import nl.contractledger.application.support.RunningApplication;
import nl.contractledger.domain.contract.ContractId;
import nl.contractledger.domain.shared.BusinessDates;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A state read now is the aggregate after every event it has recorded, whether or not its read model has handled
 * them: while the read model lags (its processor stopped here, as a burst of writes or a rebuild on another node
 * would leave it) the answer is its document folded with the events it lacks, and while a rebuild has not reached
 * the aggregate yet (its document gone) the fold of all its events, not a {@code 404}. An event that cannot be
 * folded leaves the document as the answer. Nothing is written by the read.
 */
class StatesWhileReadModelsLagTest {

    private static RunningApplication app;
    private static ApiClient.Call procurement;

    @BeforeAll
    static void start() {
        app = RunningApplication.start("spring.datasource.url=jdbc:h2:mem:lag-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        procurement = app.api().as("procurement");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void givenTheContractRegisterStopped_whenAContractIsTerminatedAndReadNow_thenTheAnswerIsTheTerminatedContractAtItsNewVersion() {
        String contract = publishedContract("lag-a");
        Response before = read("/api/contracts/" + contract);
        assertThat(before.header("ETag")).isEqualTo("\"0@" + BusinessDates.today() + "\"");

        whileStopped("contracts", () -> {
            ok(procurement.post("/api/contracts/" + contract + "/termination", "{\"effectiveOn\": \"2026-10-01\", \"reason\": \"merged\"}"));
            assertThat(documentVersion(contract)).as("the register has not handled the termination").isEqualTo(0L);

            Response now = read("/api/contracts/" + contract + "?on=2026-12-01");
            assertThat(now.json().path("terminatedOn").asString()).isEqualTo("2026-10-01");
            assertThat(now.json().path("status").asString()).isEqualTo("TERMINATED");
            assertThat(now.header("ETag")).isEqualTo("\"1@2026-12-01\"");
            assertThat(documentVersion(contract)).as("a read writes nothing").isEqualTo(0L);
        });
    }

    @Test
    void givenAContractsDocumentNotRebuiltYet_whenItIsReadNow_thenItIsTheWholeContractAndAnUnknownOneIsStill404() {
        String contract = publishedContract("lag-b");
        whileStopped("contracts", () -> {
            ok(procurement.post("/api/contracts/" + contract + "/extensions", """
                    {"newEndsOn": "2029-12-31", "basis": {"type": "OTHER", "article": "Art. 2.163g Aw", "justification": "continuity of care"},
                     "costPriceStudyRef": "KPO-2027 (invented)"}"""));
            app.jdbc().sql("DELETE FROM read_document WHERE kind = 'contract' AND id = :id").param("id", contract).update();

            Response now = read("/api/contracts/" + contract);
            assertThat(now.json().path("endsOn").asString()).isEqualTo("2029-12-31");
            assertThat(now.json().path("extensions").size()).isEqualTo(1);
            assertThat(now.header("ETag")).isEqualTo("\"1@" + BusinessDates.today() + "\"");

            Response unknown = procurement.get("/api/contracts/" + contract + "-never");
            assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
            assertThat(unknown.code()).isEqualTo("NOT_FOUND");
        });
    }

    @Test
    void givenAnEventTheContractsViewCannotBeFoldedWith_whenTheContractIsReadNow_thenItIsAsTheRegisterHoldsItEvenWhenThatIsNothing() {
        String contract = publishedContract("lag-c");
        whileStopped("contracts", () -> {
            app.jdbc().sql("""
                            INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                                                            time_stamp, payload_type, payload_revision, payload, meta_data)
                            SELECT :poison, aggregate_identifier, 1, type, time_stamp, payload_type, payload_revision,
                                   :payload, meta_data
                            FROM domain_event_entry WHERE aggregate_identifier = :stream AND sequence_number = 0""")
                    .param("poison", UUID.randomUUID().toString()).param("payload", "{not json".getBytes())
                    .param("stream", ContractId.of(contract).toString()).update();

            Response now = read("/api/contracts/" + contract);
            assertThat(now.json().path("id").asString()).isEqualTo(contract);
            assertThat(now.header("ETag")).as("the version the register holds").isEqualTo("\"0@" + BusinessDates.today() + "\"");

            app.jdbc().sql("DELETE FROM read_document WHERE kind = 'contract' AND id = :id").param("id", contract).update();
            Response beforeItsDocument = procurement.get("/api/contracts/" + contract);
            assertThat(beforeItsDocument.status()).as("what the register holds: nothing, not a 500").isEqualTo(404);
        });
    }

    @Test
    void givenTheRegionsReadModelStopped_whenAMunicipalityIsAdmittedAndTheRegionReadNow_thenItIsAMember() {
        String region = "lag-r-" + UUID.randomUUID().toString().substring(0, 8);
        created(procurement.post("/api/regions", "{\"id\": \"%s\", \"name\": \"R\", \"municipalities\": [\"Delft\"]}".formatted(region)));
        whileStopped("regions", () -> {
            ok(procurement.post("/api/regions/" + region + "/municipalities", "{\"name\": \"Gouda\", \"effectiveOn\": \"2027-01-01\"}"));
            Response now = read("/api/regions/" + region);
            assertThat(now.json().path("members").findValuesAsString("name")).containsExactly("Delft", "Gouda");
        });
    }

    @Test
    void givenTheRegionsReadModelStopped_whenASegmentIsDefinedAndReadNow_thenItIsFoundInItsRegion() {
        String region = "lag-s-" + UUID.randomUUID().toString().substring(0, 8);
        created(procurement.post("/api/regions", "{\"id\": \"%s\", \"name\": \"R\", \"municipalities\": [\"Delft\"]}".formatted(region)));
        whileStopped("regions", () -> {
            created(procurement.post("/api/regions/" + region + "/segments", """
                    {"id": "%s-s1", "number": 1, "name": "Crisis", "procurementForm": "OPEN_HOUSE", "fundingForm": "EFFORT_BASED"}"""
                    .formatted(region)));
            Response now = read("/api/segments/" + region + "-s1");
            assertThat(now.json().path("name").asString()).isEqualTo("Crisis");
            assertThat(procurement.get("/api/segments/" + region + "-s2").status()).isEqualTo(404);
        });
    }

    private static String publishedContract(String prefix) {
        String region = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        created(procurement.post("/api/regions", "{\"id\": \"%s\", \"name\": \"R\", \"municipalities\": [\"Delft\"]}".formatted(region)));
        created(procurement.post("/api/regions/" + region + "/segments", """
                {"id": "%s-s1", "number": 1, "name": "S", "procurementForm": "OPEN_HOUSE", "fundingForm": "EFFORT_BASED"}"""
                .formatted(region)));
        String contract = region + "-c";
        Response published = procurement.post("/api/contracts", """
                {"id": "%s", "regionId": "%s", "segmentIds": ["%s-s1"], "kind": "OPEN_HOUSE", "title": "C",
                 "route": {"type": "OPEN_HOUSE"}, "startsOn": "2022-01-01", "endsOn": "2027-12-31", "fundingForm": "EFFORT_BASED",
                 "document": {"title": "C", "sha256": "%s"}}""".formatted(contract, region, region, "56".repeat(32)));
        created(published);
        read("/api/contracts/" + contract + "?minPosition=" + published.position());
        return contract;
    }

    /** Does the work while the read model's processor is stopped on this node, so that it handles nothing meanwhile. */
    private static void whileStopped(String readModel, Runnable work) {
        StreamingEventProcessor processor = app.bean(EventProcessingConfiguration.class)
                .eventProcessor(readModel, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        try {
            work.run();
        } finally {
            processor.start();
        }
    }

    private static Long documentVersion(String contract) {
        return app.jdbc().sql("SELECT version FROM read_document WHERE kind = 'contract' AND id = :id")
                .param("id", contract).query(Long.class).single();
    }

    private static Response read(String path) {
        Response response = procurement.get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private static void created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }
}
