package nl.contractledger.application.persistence;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.RunningApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void givenTheSchemaWasMigrated_whenTheApplicationRestarts_thenH2StillWritesItsFileAtMostTwoSecondsAfterACommit() {
        for (int start = 0; start < 2; start++) {
            try (RunningApplication application = RunningApplication.start(database())) {
                List<String> delays = application.jdbc()
                        .sql("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")
                        .query(String.class).list();
                // H2 lists the value it keeps and the one in effect; a restart brings the latter back to 500
                assertThat(delays).isNotEmpty().containsOnly("2000");
            }
        }
    }
}
