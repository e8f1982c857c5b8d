package nl.contractledger.application.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo histories: when {@code enabled} (the {@code demo} profile), the application loads the
 * histories of {@code file} at start, through its own REST API.
 */
@ConfigurationProperties("ledger.demo")
public record DemoProperties(boolean enabled, String file) {

    public DemoProperties {
        file = file == null || file.isBlank() ? "classpath:demo/histories.json" : file;
    }
}
