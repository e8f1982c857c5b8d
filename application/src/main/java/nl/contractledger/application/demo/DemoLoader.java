package nl.contractledger.application.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * Loads the demo histories once the application serves: every step is a request to its own REST API,
 * signed in as {@code demo-loader} (a user that exists only while loading), with an idempotency key
 * of its own, so that a second start answers every step from the first and writes nothing. On a database that held
 * events before the load (loaded by an earlier version of the histories, whose changed steps now meet what that
 * version recorded, or holding data of its own), a step answered otherwise than the histories expect is logged and left
 * as the database holds it; on an empty one it stops the start, as the histories themselves are then wrong.
 */
@Component
@ConditionalOnWebApplication
public class DemoLoader {

    public static final String ACTOR = "demo-loader";
    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);

    private final DemoProperties properties;
    private final ResourceLoader resources;
    private final UserDetailsService users;
    private final PasswordEncoder encoder;
    private final JdbcClient jdbc;
    private final HttpClient http = HttpClient.newHttpClient();

    DemoLoader(DemoProperties properties, ResourceLoader resources, UserDetailsService users, PasswordEncoder encoder,
               JdbcClient jdbc) {
        this.properties = properties;
        this.resources = resources;
        this.users = users;
        this.encoder = encoder;
        this.jdbc = jdbc;
    }

    @EventListener
    void onReady(ApplicationReadyEvent ready) {
        if (properties.enabled() && ready.getApplicationContext() instanceof WebServerApplicationContext web) {
            load(web.getWebServer().getPort());
        }
    }

    /** Sends every step to the application on the port; answers how many there were. */
    public int load(int port) {
        return load(port, steps());
    }

    /** Sends the steps to the application on the port; answers how many there were. */
    int load(int port, List<DemoStep> steps) {
        boolean heldEvents = jdbc.sql("SELECT 1 FROM domain_event_entry FETCH FIRST 1 ROWS ONLY").query(Integer.class)
                .optional().isPresent();
        int leftAsRecorded = 0;
        if (!(users instanceof UserDetailsManager manager)) {
            throw new IllegalStateException("the demo needs the application's own users to add " + ACTOR);
        }
        String password = password();
        manager.createUser(User.withUsername(ACTOR).password(encoder.encode(password)).roles("PROCUREMENT").build());
        try {
            String credentials = Base64.getEncoder().encodeToString((ACTOR + ":" + password).getBytes(StandardCharsets.UTF_8));
            for (int index = 0; index < steps.size(); index++) {
                leftAsRecorded += send(port, credentials, steps.get(index), index + 1, heldEvents) ? 0 : 1;
            }
        } finally {
            manager.deleteUser(ACTOR);
        }
        if (leftAsRecorded > 0) {
            LOG.warn("Demo histories loaded: {} steps from {}, {} of them left as the database held them (see above)",
                    steps.size(), properties.file(), leftAsRecorded);
        } else {
            LOG.info("Demo histories loaded: {} steps from {}", steps.size(), properties.file());
        }
        return steps.size();
    }

    List<DemoStep> steps() {
        try (InputStream in = resources.getResource(properties.file()).getInputStream()) {
            return List.of(JsonMapper.builder().build().readValue(in, DemoStep[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo histories " + properties.file(), e);
        }
    }

    /**
     * Sends the step; answers whether it was answered as the histories expect. One that was not stops the load, unless
     * the database held events before it ({@code heldEvents}): then it is logged and left.
     */
    private boolean send(int port, String credentials, DemoStep step, int number, boolean heldEvents) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + step.path()))
                .header("Authorization", "Basic " + credentials)
                .header("Idempotency-Key", step.idempotencyKey())
                .header("Content-Type", "application/json")
                .method(step.method(), step.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(step.body().toString(), StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (step.answeredAsExpected(response.statusCode())) {
                return true;
            }
            String answer = "demo step " + number + " (" + step.step() + ") answered " + response.statusCode() + ": "
                    + response.body();
            if (!heldEvents) {
                throw new IllegalStateException(answer);
            }
            LOG.warn("{}; the database held events before this load, so the step is left as it holds it", answer);
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("demo step " + number + " failed: " + step.step(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted at demo step " + number, e);
        }
    }

    private static String password() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }
}
