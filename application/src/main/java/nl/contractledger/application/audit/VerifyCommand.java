package nl.contractledger.application.audit;

import nl.contractledger.application.ContractLedgerApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.io.File;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar contract-ledger.jar --verify [--checkpoints=FILE] [--public-key=BASE64]}: recomputes
 * the hash chain from the database the application is configured for, without serving or sealing,
 * prints the verification as JSON and exits 0 when it is ok, 1 when it is not. With a checkpoints file
 * (the JSON of {@code GET /api/audit/checkpoints}, as an auditor kept it) the chain is checked
 * against those copies instead of the ones in the database.
 */
public final class VerifyCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private VerifyCommand() {
    }

    public static boolean isRequested(String[] args) {
        return Arrays.asList(args).contains("--verify");
    }

    public static int run(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ContractLedgerApplication.class)
                .web(WebApplicationType.NONE)
                .properties("ledger.audit.sealer-enabled=false", "spring.main.banner-mode=off")
                .run(args)) {
            Verification verification = verify(context);
            System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(verification));
            return verification.ok() ? 0 : 1;
        } catch (GeneralSecurityException badKey) {
            System.err.println("The public key given is not a base64 Ed25519 key: " + badKey.getMessage());
            return 2;
        }
    }

    static Verification verify(ConfigurableApplicationContext context) throws GeneralSecurityException {
        AuditVerifier verifier = context.getBean(AuditVerifier.class);
        Environment environment = context.getEnvironment();
        String file = environment.getProperty("checkpoints");
        if (file == null || file.isBlank()) {
            return verifier.verify();
        }
        List<Checkpoint> kept = JSON.readValue(new File(file), new TypeReference<List<Checkpoint>>() { });
        String givenKey = environment.getProperty("public-key");
        PublicKey key = givenKey == null || givenKey.isBlank() ? context.getBean(AuditKeys.class).publicKey()
                : AuditKeys.decodePublic(givenKey);
        return verifier.verify(kept, key);
    }
}
