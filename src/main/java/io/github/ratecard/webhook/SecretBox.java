package io.github.ratecard.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.Supplier;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals endpoint secrets with AES-256-GCM under the key of {@link WebhookSecurity}, so the table of endpoints
 * alone (a database export, a backup of that table, a support zip) does not give the secrets away. The key lives
 * in the same database: whoever can read every table can open the secrets.
 */
public final class SecretBox {

    private static final String VERSION = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Supplier<byte[]> key;

    public SecretBox(WebhookSecurity security) {
        this(security::secretKey);
    }

    public SecretBox(Supplier<byte[]> key) {
        this.key = key;
    }

    public SealedSecret seal(String secret) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return new SealedSecret(VERSION + Base64.getEncoder().encodeToString(stored), fingerprint(secret));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt the webhook secret", e);
        }
    }

    public String open(SealedSecret secret) {
        if (!secret.sealed().startsWith(VERSION)) {
            throw new IllegalStateException("The webhook secret is stored in an unknown form");
        }
        byte[] stored = Base64.getDecoder().decode(secret.sealed().substring(VERSION.length()));
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(stored, IV_BYTES));
            return new String(cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt the webhook secret (was the app's key replaced?)", e);
        }
    }

    /** A new random secret: 32 bytes, URL-safe Base64. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A new random key for {@link WebhookSecurity#secretKey()}. */
    public static byte[] newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** The first 12 hexadecimal digits of the secret's SHA-256: enough to tell two secrets apart, too little to find one. */
    public static String fingerprint(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Cipher cipher(int mode, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key.get(), "AES"), new GCMParameterSpec(TAG_BITS, iv));
        return cipher;
    }
}
