package nl.contractledger.application.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The checkpoint signing key: from configuration; or, on the embedded set-up, from the key file,
 * generated there on first start. The {@code postgres} profile requires a configured key.
 */
@Configuration(proxyBeanMethods = false)
class AuditKeyConfig {

    private static final Logger LOG = LoggerFactory.getLogger(AuditKeyConfig.class);

    @Bean
    AuditKeys auditKeys(AuditProperties properties) {
        if (properties.privateKey() != null && !properties.privateKey().isBlank()) {
            return AuditKeys.decode(properties.privateKey(), properties.publicKey());
        }
        if (properties.requireConfiguredKey()) {
            throw new IllegalStateException("No checkpoint signing key: set ledger.audit.private-key and "
                    + "ledger.audit.public-key (base64 Ed25519, PKCS#8 and X.509)");
        }
        return fromKeyFile(Path.of(properties.keyFile()));
    }

    private static AuditKeys fromKeyFile(Path file) {
        try {
            if (Files.exists(file)) {
                Properties stored = new Properties();
                try (Reader reader = Files.newBufferedReader(file)) {
                    stored.load(reader);
                }
                return AuditKeys.decode(stored.getProperty("private-key"), stored.getProperty("public-key"));
            }
            AuditKeys keys = AuditKeys.generate();
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Properties stored = new Properties();
            stored.setProperty("private-key", keys.privateKeyBase64());
            stored.setProperty("public-key", keys.publicKeyBase64());
            try (Writer writer = Files.newBufferedWriter(file)) {
                stored.store(writer, "Ed25519 key that signs audit checkpoints; keep it secret and backed up");
            }
            LOG.warn("Generated a new checkpoint signing key {} in {}", keys.keyId(), file.toAbsolutePath());
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the signing key file " + file, e);
        }
    }
}
