package nl.contractledger.application.web.provider;

import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ProviderStoryTest extends ApiTest {

    @Test
    void givenNothing_whenAProviderIsRegistered_thenItIsListedReadableAndHasAHistory() {
        String id = unique("youz");
        Response registered = api.as("procurement").post("/api/providers",
                "{\"id\": \"%s\", \"name\": \"Youz\", \"kvkNumber\": \"%s\", \"sizeClass\": \"LARGE\"}"
                        .formatted(id, kvk()));

        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.header("Location")).isEqualTo("/api/providers/" + id);
        JsonNode provider = api.as("legal").get("/api/providers/" + id + "?minPosition=" + registered.position()).json();
        assertThat(provider.path("name").asString()).isEqualTo("Youz");
        assertThat(provider.path("sizeClass").asString()).isEqualTo("LARGE");
        assertThat(api.as("auditor").get("/api/providers").json().findValuesAsString("id")).contains(id);
        assertThat(api.as("auditor").get("/api/providers/" + id + "/history").json().path("events").get(0)
                .path("type").asString()).isEqualTo("ProviderRegistered");
        assertThat(api.as("auditor").get("/api/providers/" + id + "?asOf=2020-01-01T00:00:00Z").status())
                .isEqualTo(404);
    }

    @Test
    void givenARegisteredKvkNumber_whenAnotherProviderUsesIt_thenAlreadyExistsAndNothingWritten() {
        String kvk = kvk();
        api.as("procurement").post("/api/providers",
                "{\"id\": \"%s\", \"name\": \"A\", \"kvkNumber\": \"%s\", \"sizeClass\": \"SMALL\"}".formatted(unique("a"), kvk));
        String second = unique("b");

        Response refused = api.as("procurement").post("/api/providers",
                "{\"id\": \"%s\", \"name\": \"B\", \"kvkNumber\": \"%s\", \"sizeClass\": \"SMALL\"}".formatted(second, kvk));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("ALREADY_EXISTS");
        assertThat(api.as("auditor").get("/api/providers/" + second + "/history").status()).isEqualTo(404);
    }

    @Test
    void givenAKvkNumberOfSevenDigits_whenRegistered_thenValidationFailed() {
        Response refused = api.as("procurement").post("/api/providers",
                "{\"id\": \"%s\", \"name\": \"A\", \"kvkNumber\": \"1234567\", \"sizeClass\": \"SMALL\"}".formatted(unique("c")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("kvkNumber");
    }

    private static String kvk() {
        return String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
    }
}
