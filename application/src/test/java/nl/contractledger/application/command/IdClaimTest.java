package nl.contractledger.application.command;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.Response;
import nl.contractledger.application.support.RunningApplication;
import nl.contractledger.domain.provider.KvkNumber;
import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.provider.RegisterProviderCommand;
import nl.contractledger.domain.provider.SizeClass;
import nl.contractledger.domain.region.DefineSegmentCommand;
import nl.contractledger.domain.region.FundingForm;
import nl.contractledger.domain.region.ProcurementForm;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.region.SegmentId;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A segment id is unique across regions and a KvK number across providers, whoever sends the command that introduces
 * it: the claim comes with the command itself, so one sent through the command gateway (a process, an import) claims
 * as the REST API's does.
 */
class IdClaimTest {

    @Test
    void givenASegmentAndAProviderIntroducedThroughTheCommandGateway_whenTheRestApiIntroducesTheSameIds_thenItIs409() {
        try (RunningApplication app = RunningApplication.start(
                "spring.datasource.url=jdbc:h2:mem:claims-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
            ApiClient.Call procurement = app.api().as("procurement");
            for (String region : List.of("claim-a", "claim-b")) {
                created(procurement.post("/api/regions", "{\"id\": \"%s\", \"name\": \"R\", \"municipalities\": [\"Delft\"]}"
                        .formatted(region)));
            }
            CommandGateway gateway = app.bean(CommandGateway.class);
            send(gateway, new DefineSegmentCommand(RegionId.of("claim-a"), SegmentId.of("claim-s1"), 1, "S", null, List.of(),
                    ProcurementForm.OPEN_HOUSE, FundingForm.EFFORT_BASED, List.of(), null));
            send(gateway, new RegisterProviderCommand(ProviderId.of("claim-p"), "P", KvkNumber.of("51515151"), SizeClass.SMALL));

            Response segment = procurement.post("/api/regions/claim-b/segments", """
                    {"id": "claim-s1", "number": 1, "name": "S", "procurementForm": "OPEN_HOUSE", "fundingForm": "EFFORT_BASED"}""");
            assertThat(segment.status()).as(segment.body()).isEqualTo(409);
            assertThat(segment.code()).isEqualTo("ALREADY_EXISTS");
            Response provider = procurement.post("/api/providers",
                    "{\"id\": \"claim-q\", \"name\": \"Q\", \"kvkNumber\": \"51515151\", \"sizeClass\": \"SMALL\"}");
            assertThat(provider.status()).as(provider.body()).isEqualTo(409);
            assertThat(provider.code()).isEqualTo("ALREADY_EXISTS");

            assertThat(app.jdbc().sql("SELECT kind || ':' || claimed_id FROM id_claim ORDER BY kind").query(String.class).list())
                    .containsExactly("kvkNumber:51515151", "segment:claim-s1");
            created(procurement.post("/api/regions/claim-b/segments", """
                    {"id": "claim-s2", "number": 1, "name": "S", "procurementForm": "OPEN_HOUSE", "fundingForm": "EFFORT_BASED"}"""));
        }
    }

    private static void send(CommandGateway gateway, Object command) {
        gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of(MetaDataKeys.ACTOR, "import")));
    }

    private static void created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }
}
