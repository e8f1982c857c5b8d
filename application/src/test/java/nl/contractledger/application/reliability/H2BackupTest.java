package nl.contractledger.application.reliability;

import nl.contractledger.application.support.RunningApplication;
import nl.contractledger.application.support.Staff;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded H2 file, backed up online through {@code POST /api/admin/backups} and restored by unzipping. */
class H2BackupTest extends BackupContract {

    private final Path root = Path.of("target", "backup", UUID.randomUUID().toString()).toAbsolutePath();
    private Path backupFile;

    @Override
    protected String[] original() {
        return new String[]{"spring.datasource.url=jdbc:h2:file:" + root.resolve("original/ledger"),
                "ledger.backup.directory=" + root.resolve("backups")};
    }

    @Override
    protected long backUp(RunningApplication application) {
        var answer = Staff.DEVELOPMENT.admin(application.api()).post("/api/admin/backups", "");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        JsonNode backup = answer.json();
        backupFile = Path.of(backup.path("file").asString());
        assertThat(backupFile).startsWith(root.resolve("backups")).exists();
        assertThat(backup.path("bytes").asLong()).isEqualTo(size(backupFile));
        return backup.path("containsThroughAtLeast").asLong();
    }

    @Override
    protected String[] restore() {
        Path restored = root.resolve("restored");
        try (InputStream in = Files.newInputStream(backupFile); ZipInputStream zip = new ZipInputStream(in)) {
            Files.createDirectories(restored);
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = restored.resolve(entry.getName()).normalize();
                assertThat(target).startsWithRaw(restored);
                Files.copy(zip, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(restored.resolve("ledger.mv.db")).exists();
        return new String[]{"spring.datasource.url=jdbc:h2:file:" + restored.resolve("ledger")};
    }

    @Override
    protected Staff staff() {
        return Staff.DEVELOPMENT;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
