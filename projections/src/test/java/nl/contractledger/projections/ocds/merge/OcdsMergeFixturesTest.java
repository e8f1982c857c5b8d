package nl.contractledger.projections.ocds.merge;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fixture of the reference merge implementation (open-contracting/ocds-merge, copied under
 * {@code src/test/resources/ocds/merge-fixtures}): the product's merge gives the expected compiled
 * and versioned release, compared as JSON values.
 */
class OcdsMergeFixturesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final OcdsMerge MERGE = OcdsMerge.ofReleaseSchema();

    static Stream<String> fixtures() throws IOException, URISyntaxException {
        Path folder = Path.of(OcdsMergeFixturesTest.class.getResource("/ocds/merge-fixtures").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".json") && !name.endsWith("-compiled.json") && !name.endsWith("-versioned.json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .sorted().toList();
            assertThat(names).as("the fixtures are on the test classpath").hasSizeGreaterThanOrEqualTo(17);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void givenTheFixtureReleases_whenCompiled_thenTheCompiledReleaseIsTheExpectedOne(String fixture) {
        assertThat(MERGE.compile(releases(fixture))).isEqualTo(read(fixture + "-compiled"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void givenTheFixtureReleases_whenVersioned_thenTheVersionedReleaseIsTheExpectedOne(String fixture) {
        assertThat(MERGE.versioned(releases(fixture))).isEqualTo(read(fixture + "-versioned"));
    }

    private static List<JsonNode> releases(String fixture) {
        JsonNode releases = read(fixture);
        return releases.valueStream().toList();
    }

    private static JsonNode read(String name) {
        try (var in = OcdsMergeFixturesTest.class.getResourceAsStream("/ocds/merge-fixtures/" + name + ".json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
