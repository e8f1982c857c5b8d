package nl.contractledger.application.web.region;

import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.Response;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lists of regions, segments and providers as recorded at an instant: what had been recorded by then, as it was.
 */
class CataloguesAsOfTest extends ApiTest {

    @Test
    void givenARegionSegmentAndProviderRecordedAfterAnInstant_whenTheListsAreReadAsOfIt_thenTheyAreLeftOut()
            throws InterruptedException {
        String first = unique("cat-asof");
        String second = unique("cat-asof");
        created(procurement().post("/api/regions", "{\"id\": \"%s\", \"name\": \"First\", \"municipalities\": [\"Delft\"]}".formatted(first)));
        created(procurement().post("/api/regions/" + first + "/segments", segment(first + "-s1", 1)));
        Thread.sleep(5);
        Instant then = Instant.now();
        Thread.sleep(5);

        created(procurement().post("/api/regions", "{\"id\": \"%s\", \"name\": \"Second\", \"municipalities\": [\"Gouda\"]}".formatted(second)));
        created(procurement().post("/api/regions/" + first + "/segments", segment(first + "-s2", 2)));
        String provider = first + "-p";
        Response registered = procurement().post("/api/providers", "{\"id\": \"%s\", \"name\": \"Provider (invented)\", \"kvkNumber\": \"%s\", \"sizeClass\": \"SMALL\"}"
                .formatted(provider, String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L))));
        created(registered);
        String caughtUp = "minPosition=" + registered.position();

        assertThat(listed("/api/regions?" + caughtUp)).contains(first, second);
        assertThat(listed("/api/regions?asOf=" + then)).contains(first).doesNotContain(second);
        assertThat(listed("/api/segments?regionId=" + first + "&" + caughtUp)).containsExactly(first + "-s1", first + "-s2");
        assertThat(listed("/api/segments?regionId=" + first + "&asOf=" + then)).containsExactly(first + "-s1");
        assertThat(listed("/api/segments?asOf=" + then)).contains(first + "-s1").doesNotContain(first + "-s2");
        assertThat(listed("/api/providers?" + caughtUp)).contains(provider);
        assertThat(listed("/api/providers?asOf=" + then)).doesNotContain(provider);
        assertThat(auditor().get("/api/providers?asOf=1899-12-31T23:59:59Z").status()).isEqualTo(400);
    }

    private List<String> listed(String path) {
        Response list = auditor().get(path);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.itemIds();
    }

    private static String segment(String id, int number) {
        return """
                {"id": "%s", "number": %d, "name": "S", "procurementForm": "OPEN_HOUSE", "fundingForm": "EFFORT_BASED"}"""
                .formatted(id, number);
    }
}
