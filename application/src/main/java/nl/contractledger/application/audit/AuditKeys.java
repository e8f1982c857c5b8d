package nl.contractledger.application.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/** The Ed25519 key pair that signs checkpoints; its id is the start of the SHA-256 of the public key. */
public final class AuditKeys {

    private final KeyPair keys;
    private final String keyId;

    AuditKeys(KeyPair keys) {
        this.keys = keys;
        this.keyId = keyIdOf(keys.getPublic());
    }

    static AuditKeys generate() {
        try {
            return new AuditKeys(KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no Ed25519", e);
        }
    }

    static AuditKeys decode(String privateKeyBase64, String publicKeyBase64) {
        try {
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            return new AuditKeys(new KeyPair(
                    factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64))),
                    factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKeyBase64)))));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("ledger.audit.private-key / public-key are not a base64 Ed25519 key pair", e);
        }
    }

    public static PublicKey decodePublic(String publicKeyBase64) throws GeneralSecurityException {
        return KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64)));
    }

    String sign(String text) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(keys.getPrivate());
            signer.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean verify(PublicKey key, String text, String signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(text.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public PublicKey publicKey() {
        return keys.getPublic();
    }

    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    String privateKeyBase64() {
        return Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded());
    }

    public String keyId() {
        return keyId;
    }

    static String keyIdOf(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return "ed25519:" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
