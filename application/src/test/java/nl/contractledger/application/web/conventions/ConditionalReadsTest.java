package nl.contractledger.application.web.conventions;

import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A read whose answer depends on the business day it describes (ADR 0021) names that day in its entity tag beside the
 * version, so that a conditional read of another day is answered in full; a command takes that tag as If-Match.
 */
class ConditionalReadsTest extends ApiTest {

    private String region;

    @BeforeEach
    void registerRegion() {
        region = unique("region");
        created(api.as("procurement").post("/api/regions", """
                {"id": "%s", "name": "Haaglanden", "municipalities": ["Delft", "Voorschoten"], "establishedOn": "2015-01-01"}"""
                .formatted(region)));
        Response withdrew = api.as("procurement").post("/api/regions/" + region + "/municipalities/Voorschoten/withdrawal",
                "{\"effectiveOn\": \"2024-01-01\", \"reason\": \"purchases with Leiden\"}");
        assertThat(withdrew.status()).as(withdrew.body()).isEqualTo(200);
    }

    @Test
    void givenTheETagOfADaysAnswer_whenTheSameDayIsReadAgainWithIt_thenNotModified() {
        Response lastDay = read("?on=2023-12-31", null);
        assertThat(lastDay.header("ETag")).isEqualTo("\"1@2023-12-31\"");

        Response again = read("?on=2023-12-31", lastDay.header("ETag"));

        assertThat(again.status()).isEqualTo(304);
    }

    @Test
    void givenTheETagOfOneDaysAnswer_whenTheNextDayIsReadWithIt_thenTheWholeAnswerOfThatDay() {
        Response lastDay = read("?on=2023-12-31", null);

        Response nextDay = read("?on=2024-01-01", lastDay.header("ETag"));

        assertThat(nextDay.status()).as("the same version, another answer").isEqualTo(200);
        assertThat(nextDay.header("ETag")).isEqualTo("\"1@2024-01-01\"");
        assertThat(nextDay.json().path("municipalities").toString()).isEqualTo("[\"Delft\"]");
        assertThat(lastDay.json().path("municipalities").toString()).isEqualTo("[\"Delft\",\"Voorschoten\"]");
    }

    @Test
    void givenTheETagOfARead_whenACommandTakesItAsIfMatch_thenItIsCheckedAsTheVersion() {
        String etag = read("", null).header("ETag");

        Response current = api.as("procurement").header("If-Match", etag).post("/api/regions/" + region + "/municipalities",
                "{\"name\": \"Leiden\", \"effectiveOn\": \"2027-01-01\"}");
        Response stale = api.as("procurement").header("If-Match", etag).post("/api/regions/" + region + "/municipalities",
                "{\"name\": \"Wassenaar\", \"effectiveOn\": \"2027-01-01\"}");

        assertThat(current.status()).as(current.body()).isEqualTo(200);
        assertThat(current.header("ETag")).isEqualTo("\"2\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.code()).isEqualTo("VERSION_CONFLICT");
    }

    @Test
    void givenAProvider_whenRead_thenItsETagIsItsVersionAloneSinceNoDayChangesIt() {
        String provider = unique("provider");
        created(api.as("procurement").post("/api/providers", """
                {"id": "%s", "name": "Youz", "kvkNumber": "%08d", "sizeClass": "LARGE"}"""
                .formatted(provider, Math.floorMod(System.nanoTime(), 100_000_000L))));

        Response read = api.as("auditor").get("/api/providers/" + provider);

        assertThat(read.header("ETag")).isEqualTo("\"0\"");
        assertThat(api.as("auditor").header("If-None-Match", "\"0\"").get("/api/providers/" + provider).status()).isEqualTo(304);
    }

    private Response read(String query, String ifNoneMatch) {
        var call = api.as("auditor");
        if (ifNoneMatch != null) {
            call = call.header("If-None-Match", ifNoneMatch);
        }
        return call.get("/api/regions/" + region + query);
    }
}
