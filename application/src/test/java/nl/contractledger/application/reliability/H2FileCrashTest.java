package nl.contractledger.application.reliability;

import nl.contractledger.application.support.Staff;

import java.nio.file.Path;
import java.util.UUID;

/** The embedded H2 file database, killed under load. */
class H2FileCrashTest extends CrashContract {

    private final Path directory = Path.of("target", "crash", UUID.randomUUID().toString()).toAbsolutePath();

    @Override
    protected String[] database() {
        return new String[]{"spring.datasource.url=jdbc:h2:file:" + directory.resolve("ledger")};
    }

    @Override
    protected Staff staff() {
        return Staff.DEVELOPMENT;
    }
}
