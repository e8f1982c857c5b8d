package nl.contractledger.application.admin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadModelPacesTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void givenAReadModelObservedTwiceASecondApart_whenItsPaceIsAsked_thenItIsTheEventsOverThatSecond() {
        ReadModelPaces paces = new ReadModelPaces();
        assertThat(paces.at("timelines", 1_000, 0)).as("one observation: no pace yet").isNull();
        assertThat(paces.at("timelines", 21_000, 2 * SECOND)).isEqualTo(10_000.0);
    }

    @Test
    void givenAReadModelAskedForMoreOftenThanASecond_whenItsPaceIsAsked_thenItIsTheLastOneTakenOverASecond() {
        ReadModelPaces paces = new ReadModelPaces();
        paces.at("ocds", 0, 0);
        assertThat(paces.at("ocds", 10_000, SECOND)).isEqualTo(10_000.0);
        assertThat(paces.at("ocds", 10_000, SECOND + 5_000_000)).as("5 ms later, not moved: still the pace taken")
                .isEqualTo(10_000.0);
        assertThat(paces.at("ocds", 30_000, 3 * SECOND)).as("over the two seconds since the last pace taken")
                .isEqualTo(10_000.0);
    }

    @Test
    void givenTwoReadModels_whenEitherIsObserved_thenEachHasItsOwnPace() {
        ReadModelPaces paces = new ReadModelPaces();
        paces.at("regions", 0, 0);
        paces.at("contracts", 0, 0);
        assertThat(paces.at("regions", 500, SECOND)).isEqualTo(500.0);
        assertThat(paces.at("contracts", 2_000, SECOND)).isEqualTo(2_000.0);
    }
}
