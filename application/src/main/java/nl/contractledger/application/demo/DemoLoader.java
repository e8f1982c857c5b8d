package nl.contractledger.application.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ResourceLoader;
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
 * of its own, so that a second start answers every step from the first and writes nothing.
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
    private final HttpClient http = HttpClient.newHttpClient();

    DemoLoader(DemoProperties properties, ResourceLoader resources, UserDetailsService users, PasswordEncoder encoder) {
        this.properties = properties;
        this.resources = resources;
        this.users = users;
        this.encoder = encoder;
    }

    @EventListener
    void onReady(ApplicationReadyEvent ready) {
        if (properties.enabled() && ready.getApplicationContext() instanceof WebServerApplicationContext web) {
            load(web.getWebServer().getPort());
        }
    }

    /** Sends every step to the application on the port; answers how many there were. */
    public int load(int port) {
        List<DemoStep> steps = steps();
        if (!(users instanceof UserDetailsManager manager)) {
            throw new IllegalStateException("the demo needs the application's own users to add " + ACTOR);
        }
        String password = password();
        manager.createUser(User.withUsername(ACTOR).password(encoder.encode(password)).roles("PROCUREMENT").build());
        try {
            String credentials = Base64.getEncoder().encodeToString((ACTOR + ":" + password).getBytes(StandardCharsets.UTF_8));
            for (int index = 0; index < steps.size(); index++) {
                send(port, credentials, steps.get(index), index + 1);
            }
        } finally {
            manager.deleteUser(ACTOR);
        }
        LOG.info("Demo histories loaded: {} steps from {}", steps.size(), properties.file());
        return steps.size();
    }

    List<DemoStep> steps() {
        try (InputStream in = resources.getResource(properties.file()).getInputStream()) {
            return List.of(JsonMapper.builder().build().readValue(in, DemoStep[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo histories " + properties.file(), e);
        }
    }

    private void send(int port, String credentials, DemoStep step, int number) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + step.path()))
                .header("Authorization", "Basic " + credentials)
                .header("Idempotency-Key", step.idempotencyKey())
                .header("Content-Type", "application/json")
                .method(step.method(), step.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(step.body().toString(), StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (!step.answeredAsExpected(response.statusCode())) {
                throw new IllegalStateException("demo step " + number + " (" + step.step() + ") answered "
                        + response.statusCode() + ": " + response.body());
            }
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
