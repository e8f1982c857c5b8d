package nl.contractledger.application.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application on a random port with its own in-memory H2 database, reached over real HTTP.
 * Tests share one application, so each uses ids of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:ledger-${random.uuid};DB_CLOSE_DELAY=-1",
        "ledger.read-models.wait-timeout=10s",
        "ledger.audit.key-file=target/audit-keys/${random.uuid}.properties"
})
public abstract class ApiTest {

    private static final AtomicInteger IDS = new AtomicInteger();

    @LocalServerPort
    private int port;

    protected ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    /** An id no other test uses, such as {@code region-7}. */
    protected static String unique(String prefix) {
        return prefix + "-" + IDS.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 1_000_000, 36);
    }

    protected ApiClient.Call procurement() {
        return api.as("procurement");
    }

    protected ApiClient.Call auditor() {
        return api.as("auditor");
    }

    /** Asserts a 201 Created, with the body as the message when it is not. */
    protected static void created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }
}
