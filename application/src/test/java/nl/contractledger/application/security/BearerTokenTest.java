package nl.contractledger.application.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.EventCount;
import nl.contractledger.application.support.Response;
import nl.contractledger.application.support.RunningApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** With a JWT issuer configured, bearer tokens carry the user and the roles claim decides access. */
class BearerTokenTest {

    @TempDir
    static Path directory;
    private static KeyPair keys;
    private static RunningApplication application;

    @BeforeAll
    static void start() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        Path publicKey = directory.resolve("issuer.pub");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        application = RunningApplication.start(
                "spring.datasource.url=jdbc:h2:mem:bearer;DB_CLOSE_DELAY=-1",
                "spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + publicKey);
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    @Test
    void givenATokenWithTheProcurementRole_whenARegionIsRegistered_thenTheTokenSubjectIsTheActor() throws Exception {
        Response registered = application.api().anonymous()
                .header("Authorization", "Bearer " + token("j.jansen", List.of("PROCUREMENT")))
                .post("/api/regions", "{\"id\": \"bearer\", \"name\": \"B\", \"municipalities\": [\"Delft\"]}");

        assertThat(registered.status()).isEqualTo(201);
        Response history = application.api().anonymous()
                .header("Authorization", "Bearer " + token("accountant", List.of("AUDITOR")))
                .get("/api/regions/bearer/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json().path("events").get(0).path("actor").asString()).isEqualTo("j.jansen");
    }

    @Test
    void givenATokenWithOnlyTheAuditorRole_whenACommandIsSent_thenForbidden() throws Exception {
        Response refused = application.api().anonymous()
                .header("Authorization", "Bearer " + token("accountant", List.of("AUDITOR")))
                .post("/api/regions", "{\"id\": \"refused\", \"name\": \"R\", \"municipalities\": [\"Delft\"]}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("FORBIDDEN");
    }

    @Test
    void givenATokenSignedByAnotherKey_whenUsed_thenUnauthorized() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = token("mallory", List.of("PROCUREMENT"), generator.generateKeyPair());

        Response refused = application.api().anonymous().header("Authorization", "Bearer " + forged)
                .get("/api/regions/bearer");

        assertThat(refused.status()).isEqualTo(401);
    }

    @Test
    void givenATokenWhoseSubjectIsAsLongAsOpenIdConnectAllows_whenATenderIsPlanned_thenItsTimelineNamesTheWholeSubject()
            throws Exception {
        String subject = "urn:idp:" + "x".repeat(247);
        String token = "Bearer " + token(subject, List.of("PROCUREMENT", "AUDITOR"));
        ApiClient.Call clerk = application.api().anonymous().header("Authorization", token);
        assertThat(clerk.post("/api/regions", "{\"id\": \"long-actor\", \"name\": \"L\", \"municipalities\": [\"Delft\"]}")
                .status()).isEqualTo(201);
        assertThat(clerk.post("/api/regions/long-actor/segments", """
                {"id": "long-actor-s1", "number": 1, "name": "S", "procurementForm": "NEW_TENDER", "fundingForm": "EFFORT_BASED"}""")
                .status()).isEqualTo(201);
        Response planned = clerk.post("/api/tenders",
                "{\"id\": \"long-actor-t\", \"regionId\": \"long-actor\", \"segmentIds\": [\"long-actor-s1\"], \"title\": \"T\"}");
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);

        JsonNode timeline = application.api().anonymous().header("Authorization", token)
                .get("/api/segments/long-actor-s1/timeline?kind=tender&minPosition=" + planned.position()).json();
        assertThat(subject).hasSize(255);
        assertThat(timeline.path("tender").get(0).path("actor").asString()).isEqualTo(subject);
        assertThat(application.jdbc().sql("SELECT COUNT(*) FROM dead_letter_entry").query(Long.class).single()).isZero();
    }

    @Test
    void givenATokenWhoseSubjectTheLedgerCannotRecordOrWithoutOne_whenACommandIsSent_thenValidationFailedNamingTheActorAndNothingWritten()
            throws Exception {
        long before = new EventCount(application.jdbc()).total();
        for (String subject : Arrays.asList("x".repeat(256), "j.jansen\u0000", " ", null)) {
            Response refused = application.api().anonymous()
                    .header("Authorization", "Bearer " + token(subject, List.of("PROCUREMENT")))
                    .post("/api/regions", "{\"id\": \"unrecorded\", \"name\": \"R\", \"municipalities\": [\"Delft\"]}");

            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
            assertThat(refused.json().path("errors").findValuesAsString("field")).containsExactly("actor");
        }
        assertThat(new EventCount(application.jdbc()).total()).isEqualTo(before);
    }

    private static String token(String subject, List<String> roles) throws Exception {
        return token(subject, roles, keys);
    }

    private static String token(String subject, List<String> roles, KeyPair signingKeys) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject).claim("roles", roles)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(signingKeys.getPrivate()));
        return jwt.serialize();
    }
}
