package nl.contractledger.application.audit;

import nl.contractledger.application.support.Response;
import nl.contractledger.application.support.RunningApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command-line verification of the application jar. A database administrator who changes an
 * event, rewrites the seals to match and deletes the stored checkpoints fools the system's own
 * checkpoints, but not the copies an auditor kept.
 */
class VerifyCommandTest {

    @TempDir
    Path directory;

    @Test
    void givenTamperingCoveredUpInTheDatabase_whenVerifiedAgainstTheAuditorsCopies_thenItFails() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("ledger").toAbsolutePath();
        String[] database = {"spring.datasource.url=" + url,
                "ledger.audit.key-file=" + directory.resolve("key.properties").toAbsolutePath()};
        Path kept = directory.resolve("checkpoints.json");
        try (RunningApplication application = RunningApplication.start(database)) {
            application.api().as("procurement").post("/api/regions",
                    "{\"id\": \"kept\", \"name\": \"Kept\", \"municipalities\": [\"Delft\", \"Voorschoten\"]}");
            application.api().as("procurement").post("/api/regions/kept/municipalities/Voorschoten/withdrawal",
                    "{\"effectiveOn\": \"2024-01-01\", \"reason\": \"left\"}");
            assertThat(application.api().as("auditor").post("/api/audit/checkpoints", "").status()).isEqualTo(200);
            Response checkpoints = application.api().as("auditor").get("/api/audit/checkpoints");
            Files.writeString(kept, checkpoints.body());
        }
        String[] verify = {"--verify", "--spring.datasource.url=" + url, "--" + database[1]};
        String[] verifyWithCopies = {"--verify", "--spring.datasource.url=" + url, "--" + database[1],
                "--checkpoints=" + kept.toAbsolutePath()};
        assertThat(VerifyCommand.run(verify)).isZero();

        coverUpAChangeOfTheFirstEvent(url);

        assertThat(VerifyCommand.run(verify)).as("the database's own, rewritten evidence").isZero();
        assertThat(VerifyCommand.run(verifyWithCopies)).as("the auditor's copies").isEqualTo(1);
    }

    private static void coverUpAChangeOfTheFirstEvent(String url) {
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "ledger", ""));
        jdbc.sql("UPDATE domain_event_entry SET payload = :p WHERE global_index = 1")
                .param("p", "{\"regionId\":\"kept\",\"name\":\"Forged\"}".getBytes(StandardCharsets.UTF_8)).update();
        String hash = HashChain.GENESIS;
        for (StoredEvent event : new EventRows(jdbc).after(0, 1000)) {
            hash = HashChain.next(hash, event);
            jdbc.sql("UPDATE event_seal SET hash = :h WHERE position = :p").param("h", hash)
                    .param("p", event.position()).update();
        }
        jdbc.sql("UPDATE seal_head SET hash = :h").param("h", hash).update();
        jdbc.sql("DELETE FROM audit_checkpoint").update();
    }
}
