package nl.contractledger.application.persistence;

import nl.contractledger.application.support.ApiClient;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The embedded default: an H2 file that outlives the process. */
class H2FileRestartTest extends RestartContract {

    @TempDir
    static Path dataDirectory;

    @Override
    protected String[] database() {
        return new String[]{"spring.datasource.url=jdbc:h2:file:" + dataDirectory.resolve("ledger").toAbsolutePath()};
    }

    @Override
    protected ApiClient.Call procurement(ApiClient api) {
        return api.as("procurement");
    }

    @Override
    protected ApiClient.Call auditor(ApiClient api) {
        return api.as("auditor");
    }
}
